package org.phasezero.evidence.interchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phasezero.evidence.interchange.ProjectRows.CodingRow;
import org.phasezero.evidence.interchange.ProjectRows.SourceRow;
import org.phasezero.evidence.internal.SegmentStore;
import org.phasezero.evidence.refiqda.Coding;
import org.phasezero.evidence.refiqda.PlainTextSelection;
import org.phasezero.evidence.refiqda.Provenance;
import org.phasezero.evidence.refiqda.TextSource;

/**
 * One text source for an export: its words from the database's segments, its selections and
 * codings from the live codings, laid over the imported source when there is one.
 *
 * <p>Withheld turns (their speaker withdrew consent to research use) leave the export: each one's
 * words become {@value ProjectExport#WITHHELD}, every later position moves back by the difference,
 * a selection that touches a withheld turn is left out (its codings were voided at the withdrawal),
 * and the source's rich text (a copy with the words still in it) is not exported.
 */
final class TextSourceExport {

  private final ProjectExport project;
  private final List<SegmentStore.Row> segments;
  private final List<CodingRow> codings;
  private final Set<String> removedCodes;
  private final List<int[]> withheld = new ArrayList<>();
  private final List<String> removedSelections = new ArrayList<>();

  TextSourceExport(ProjectExport project, List<SegmentStore.Row> segments, List<CodingRow> codings,
      Set<String> removedCodes) {
    this.project = project;
    this.segments = segments;
    this.codings = codings;
    this.removedCodes = removedCodes;
  }

  boolean hasWithheld() {
    return !withheld.isEmpty();
  }

  List<String> removedSelections() {
    return removedSelections;
  }

  TextSource build(SourceRow row, TextSource was) {
    StringBuilder text = new StringBuilder();
    for (SegmentStore.Row s : segments) {
      if (s.withheldReason() != null) {
        withheld.add(new int[] {s.start(), s.end()});
        text.append(ProjectExport.WITHHELD);
      } else {
        text.append(s.body());
      }
    }
    Map<String, List<CodingRow>> live = new LinkedHashMap<>();
    Set<String> stored = new HashSet<>();
    for (CodingRow c : codings) {
      stored.add(c.guid());
      if (!c.voided()) {
        live.computeIfAbsent(c.selectionGuid(), k -> new ArrayList<>()).add(c);
      }
    }
    List<PlainTextSelection> selections = new ArrayList<>();
    Set<String> known = new HashSet<>();
    for (PlainTextSelection sel : was == null ? List.<PlainTextSelection>of() : was.selections()) {
      known.add(sel.guid());
      PlainTextSelection kept = selection(sel, live.getOrDefault(sel.guid(), List.of()), stored);
      if (kept == null) {
        removedSelections.add(sel.guid());
      } else {
        selections.add(kept);
      }
    }
    live.forEach((selection, list) -> {
      if (!known.contains(selection) && !touchesWithheld(list.get(0).start(), list.get(0).end())) {
        CodingRow first = list.get(0);
        selections.add(new PlainTextSelection(selection, null, null, at(first.start()), at(first.end()),
            list.stream().map(c -> coding(c, null)).toList(), List.of(), Provenance.NONE));
      }
    });
    if (was == null) {
      return new TextSource(row.guid(), row.name(), row.description(), null,
          KeptParts.INTERNAL + row.guid() + ".txt", text.toString(), selections, List.of(),
          project.noteRefs(row.guid(), List.of()), List.of(), Provenance.NONE);
    }
    String name = ProjectExport.unchanged(was.name(), StoredText.name(SourcePaths.displayName(was)), row.name());
    String description = ProjectExport.unchanged(was.description(), StoredText.description(was.description()),
        row.description());
    List<Coding> whole = was.codings().stream().filter(c -> !removedCodes.contains(c.codeGuid())).toList();
    return new TextSource(was.guid(), name, description, hasWithheld() ? null : was.richTextPath(),
        was.plainTextPath(), text.toString(), selections, whole, project.noteRefs(was.guid(), was.noteRefs()),
        was.variableValues(), was.provenance());
  }

  /**
   * An imported selection with its codings as they are now: live ones from the database, ones the
   * database never held (a repeat, an empty selection) as imported; null when it had codings and
   * none is left, or when it touches a withheld turn.
   */
  private PlainTextSelection selection(PlainTextSelection sel, List<CodingRow> live, Set<String> stored) {
    if (touchesWithheld(sel.start(), sel.end())) {
      return null;
    }
    Map<String, CodingRow> byGuid = new LinkedHashMap<>();
    live.forEach(c -> byGuid.put(c.guid(), c));
    List<Coding> out = new ArrayList<>();
    for (Coding c : sel.codings()) {
      CodingRow now = byGuid.remove(c.guid());
      if (now != null) {
        out.add(coding(now, c));
      } else if (!stored.contains(c.guid()) && !removedCodes.contains(c.codeGuid())) {
        out.add(c);
      }
    }
    byGuid.values().forEach(c -> out.add(coding(c, null)));
    if (!sel.codings().isEmpty() && out.isEmpty()) {
      return null;
    }
    return new PlainTextSelection(sel.guid(), sel.name(), sel.description(), at(sel.start()), at(sel.end()), out,
        project.noteRefs(sel.guid(), sel.noteRefs()), sel.provenance());
  }

  private Coding coding(CodingRow c, Coding was) {
    String guid = project.codingGuid(c);
    List<String> notes = project.noteRefs(guid, was == null ? List.of() : was.noteRefs());
    if (was != null && was.codeGuid().equals(c.codeGuid())) {
      return new Coding(was.guid(), was.codeGuid(), notes, was.creatingUser(), was.created());
    }
    return new Coding(guid, c.codeGuid(), notes, project.userGuid(c.coder()),
        was == null ? c.created() : was.created());
  }

  private boolean touchesWithheld(int start, int end) {
    return withheld.stream().anyMatch(w -> w[0] < Math.max(end, start + 1) && w[1] > start);
  }

  /** A position of the stored text in the exported one, where each withheld turn reads {@value ProjectExport#WITHHELD}. */
  private int at(int position) {
    int shift = 0;
    for (int[] w : withheld) {
      if (w[1] <= position) {
        shift += (w[1] - w[0]) - ProjectExport.WITHHELD.length();
      }
    }
    return position - shift;
  }
}
