package org.phasezero.evidence.interchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.phasezero.evidence.refiqda.Code;
import org.phasezero.evidence.refiqda.Coding;
import org.phasezero.evidence.refiqda.PlainTextSelection;
import org.phasezero.evidence.refiqda.QdaProject;
import org.phasezero.evidence.refiqda.Source;

/**
 * What makes a readable project unsafe to store, where the reader itself is lenient: a selection
 * outside its (known) text would cut the wrong words, a coding of a code absent from the codebook
 * (voided in the producing tool, or a broken file) would have no code, and a GUID used twice by
 * codes or by sources would make two elements one. A text that could not be read at all (a missing
 * file) is not a problem: its source is kept without text and its selections are kept, unchecked.
 */
final class ImportChecks {

  private ImportChecks() {}

  static List<String> problems(QdaProject p) {
    List<String> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    p.codeBook().allCodes().map(Code::guid).filter(g -> !codes.add(g))
        .forEach(g -> problems.add("Code " + g + ": its GUID is used by another code too"));
    Set<String> sources = new HashSet<>();
    p.sources().stream().map(Source::guid).filter(g -> !sources.add(g))
        .forEach(g -> problems.add("Source " + g + ": its GUID is used by another source too"));
    KeptParts.allTexts(p).filter(t -> t.text() != null).forEach(t -> {
      for (PlainTextSelection s : t.selectionsOutsideText()) {
        problems.add("PlainTextSelection " + s.guid() + " in '" + (t.name() == null ? t.guid() : t.name()) + "': ["
            + s.start() + ", " + s.end() + ") lies outside its text, which has " + t.text().length() + " characters");
      }
    });
    Set<String> unknown = KeptParts.allCodings(p).filter(c -> !codes.contains(c.codeGuid()))
        .map(c -> "Coding " + c.guid() + ": its CodeRef " + c.codeGuid() + " names no code of the codebook"
            + " (a code removed in the producing program?)")
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    problems.addAll(unknown);
    return problems;
  }

  /** Codes applied anywhere, for counting. */
  static long codings(QdaProject p) {
    return KeptParts.allCodings(p).map(Coding::guid).count();
  }
}
