package org.phasezero.evidence.interchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.phasezero.evidence.MemoTarget;
import org.phasezero.evidence.refiqda.Coding;
import org.phasezero.evidence.refiqda.PlainTextSelection;
import org.phasezero.evidence.refiqda.QdaProject;
import org.phasezero.evidence.refiqda.Source;
import org.phasezero.evidence.refiqda.TextSource;

/**
 * The memos an imported project's notes become. In QDA-XML a note is a text that elements refer to
 * ({@code NoteRef}); a memo in PhaseZero is about one thing. Each reference from the project, a
 * source, a code, a text selection (the memo goes on its first coding) or a coding becomes a memo;
 * the first reference to a note gives the memo the note's GUID, any further one a GUID derived from
 * the note's and the element's, so that import and export derive the same list from the same
 * baseline: export can then tell imported memos (already in the baseline's notes) from new ones,
 * and drop the reference of an imported memo that was removed.
 */
final class NoteLinks {

  /** Where a project's own notes hang: the project has no GUID in QDA-XML. */
  static final String PROJECT = "project";

  /**
   * @param element the GUID of the element whose {@code NoteRef} this is ({@link #PROJECT} for the project)
   * @param target the GUID of the database row the memo is on (a selection's memo is on its first coding)
   */
  record Link(String memoGuid, String noteGuid, MemoTarget kind, String element, String target) {}

  private NoteLinks() {}

  static List<Link> of(QdaProject p) {
    List<Link> links = new ArrayList<>();
    Set<String> used = new HashSet<>();
    p.noteRefs().forEach(n -> links.add(link(used, n, MemoTarget.PROJECT, PROJECT, PROJECT)));
    for (Source s : p.sources()) {
      s.noteRefs().forEach(n -> links.add(link(used, n, MemoTarget.SOURCE, s.guid(), s.guid())));
    }
    p.codeBook().allCodes().forEach(c -> c.noteRefs()
        .forEach(n -> links.add(link(used, n, MemoTarget.CODE, c.guid(), c.guid()))));
    p.textSources().forEach(t -> {
      for (PlainTextSelection sel : t.selections()) {
        if (!sel.codings().isEmpty()) {
          String first = sel.codings().get(0).guid();
          sel.noteRefs().forEach(n -> links.add(link(used, n, MemoTarget.CODING, sel.guid(), first)));
        }
        for (Coding c : sel.codings()) {
          c.noteRefs().forEach(n -> links.add(link(used, n, MemoTarget.CODING, c.guid(), c.guid())));
        }
      }
    });
    return links;
  }

  private static Link link(Set<String> used, String note, MemoTarget kind, String element, String target) {
    String guid = used.add(note) ? note
        : UUID.nameUUIDFromBytes((note + "@" + element).getBytes(StandardCharsets.UTF_8)).toString();
    return new Link(guid, note, kind, element, target);
  }

  /** The note of that GUID, or null. */
  static TextSource note(QdaProject p, String guid) {
    return p.notes().stream().filter(n -> n.guid().equals(guid)).findFirst().orElse(null);
  }
}
