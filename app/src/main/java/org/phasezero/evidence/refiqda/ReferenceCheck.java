package org.phasezero.evidence.refiqda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks a schema cannot make: every reference reaches an element of the right kind
 * ({@code CodeRef} a code, {@code creatingUser} a user, ...), GUIDs are well formed and unique,
 * selections and sync points lie within their text, and every {@code internal://} file is in the
 * archive. One problem per line, naming the element and GUID it concerns.
 */
final class ReferenceCheck {

  private ReferenceCheck() {}

  static List<String> problems(QdaProject project) {
    ProjectGuids guids = ProjectGuids.of(project);
    List<String> problems = new ArrayList<>();
    Map<String, ProjectGuids.Identified> byGuid = new HashMap<>();
    for (ProjectGuids.Identified element : guids.identified) {
      if (!GuidSyntax.isValid(element.guid())) {
        problems.add(element.where() + ": guid '" + element.guid() + "' is not a GUID");
        continue;
      }
      ProjectGuids.Identified first = byGuid.putIfAbsent(GuidSyntax.canonical(element.guid()), element);
      if (first != null) {
        problems.add(element.where() + ": duplicate GUID, already used by " + first.where());
      }
    }
    for (ProjectGuids.Reference ref : guids.references) {
      String problem = unresolved(ref, byGuid);
      if (problem != null) {
        problems.add(ref.where() + ": " + problem);
      }
    }
    for (ProjectGuids.PlacedText placed : guids.texts) {
      textProblems(project, placed, problems);
    }
    problems.addAll(mediaFileProblems(project));
    return problems;
  }

  private static String unresolved(ProjectGuids.Reference ref,
      Map<String, ProjectGuids.Identified> byGuid) {
    String target = ref.target();
    if (!GuidSyntax.isValid(target)) {
      return ref.attribute() + " '" + target + "' is not a GUID";
    }
    ProjectGuids.Identified found = byGuid.get(GuidSyntax.canonical(target));
    String wanted = ref.kind() == ProjectGuids.Kind.ANY ? "element"
        : ref.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (found == null) {
      return ref.attribute() + " " + target + " names no " + wanted + " of the project";
    }
    if (ref.kind() != ProjectGuids.Kind.ANY && found.kind() != ref.kind()) {
      return ref.attribute() + " " + target + " names " + found.where() + ", not a " + wanted;
    }
    return null;
  }

  private static void textProblems(QdaProject project, ProjectGuids.PlacedText placed,
      List<String> problems) {
    TextDocument document = placed.text();
    String where = placed.where();
    if (isInternal(document.plainTextPath()) && document.text() == null) {
      problems.add(where + ": plainTextPath " + document.plainTextPath() + " is not in the archive");
    }
    if (isInternal(document.richTextPath()) && !hasFile(project, document.richTextPath())) {
      problems.add(where + ": richTextPath " + document.richTextPath() + " is not in the archive");
    }
    String text = document.text();
    if (document instanceof TextSource source && text != null) {
      for (PlainTextSelection s : source.selectionsOutsideText()) {
        problems.add("PlainTextSelection " + s.guid() + " in " + where + ": [" + s.start() + ", "
            + s.end() + ") lies outside the text, which has " + text.length() + " characters");
      }
    }
    if (document instanceof Transcript transcript && text != null) {
      for (Transcript.SyncPoint p : transcript.syncPoints()) {
        if (p.position() != null && (p.position() < 0 || p.position() > text.length())) {
          problems.add("SyncPoint " + p.guid() + " in " + where + ": position " + p.position()
              + " lies outside the text, which has " + text.length() + " characters");
        }
      }
    }
  }

  /** Problems with the {@code path} of picture, PDF, audio and video sources. */
  private static List<String> mediaFileProblems(QdaProject project) {
    List<String> problems = new ArrayList<>();
    for (Source source : project.sources()) {
      String path = source instanceof PdfSource pdf ? pdf.path()
          : source instanceof PictureSource picture ? picture.path()
          : source instanceof AudioSource audio ? audio.path()
          : source instanceof VideoSource video ? video.path() : null;
      if (isInternal(path) && !hasFile(project, path)) {
        problems.add(source.getClass().getSimpleName().replace("Pdf", "PDF") + " " + source.guid()
            + ": path " + path + " is not in the archive");
      }
    }
    return problems;
  }

  private static boolean isInternal(String path) {
    return path != null && path.startsWith(SourceTexts.INTERNAL);
  }

  private static boolean hasFile(QdaProject project, String internalPath) {
    String name = internalPath.substring(SourceTexts.INTERNAL.length());
    return project.files().stream().anyMatch(f -> f.name().equalsIgnoreCase(name));
  }
}
