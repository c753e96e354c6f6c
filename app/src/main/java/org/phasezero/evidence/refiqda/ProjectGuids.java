package org.phasezero.evidence.refiqda;

import java.util.ArrayList;
import java.util.List;

/**
 * Every identified element of a project and every reference between elements, gathered in one
 * walk for {@link ReferenceCheck}. An element is described as its element name and GUID, nested in
 * its parent's where that helps find it, e.g.
 * {@code Coding 5f0c… in PlainTextSelection 7154…}.
 */
final class ProjectGuids {

  /** What a GUID identifies; a reference says which kind it must reach. */
  enum Kind { USER, CODE, VARIABLE, CASE, SOURCE, NOTE, SELECTION, CODING, TRANSCRIPT, SYNC_POINT,
    LINK, SET, GRAPH, VERTEX, EDGE, ANY }

  record Identified(Kind kind, String guid, String where) {}

  record Reference(String where, String attribute, String target, Kind kind) {}

  final List<Identified> identified = new ArrayList<>();
  final List<Reference> references = new ArrayList<>();
  /** A text element and where it is, for the position and file checks. */
  record PlacedText(TextDocument text, String where) {}

  final List<PlacedText> texts = new ArrayList<>();

  static ProjectGuids of(QdaProject project) {
    ProjectGuids guids = new ProjectGuids();
    guids.walk(project);
    return guids;
  }

  private void walk(QdaProject project) {
    provenance("Project", project.provenance());
    project.users().forEach(u -> id(Kind.USER, u.guid(), "User " + u.guid()));
    project.codeBook().allCodes().forEach(code -> {
      String where = id(Kind.CODE, code.guid(), "Code " + code.guid() + " '" + code.name() + "'");
      noteRefs(where, code.noteRefs());
    });
    project.variables().forEach(v -> id(Kind.VARIABLE, v.guid(), "Variable " + v.guid()));
    for (Case c : project.cases()) {
      String where = id(Kind.CASE, c.guid(), "Case " + c.guid());
      c.codeRefs().forEach(t -> ref(where, "CodeRef", t, Kind.CODE));
      variableValues(where, c.variableValues());
      c.sourceRefs().forEach(t -> ref(where, "SourceRef", t, Kind.SOURCE));
      c.selectionRefs().forEach(t -> ref(where, "SelectionRef", t, Kind.SELECTION));
    }
    project.sources().forEach(this::source);
    project.notes().forEach(note -> textSource("Note", Kind.NOTE, note, ""));
    for (Link link : project.links()) {
      String where = id(Kind.LINK, link.guid(), "Link " + link.guid());
      ref(where, "originGUID", link.originGuid(), Kind.ANY);
      ref(where, "targetGUID", link.targetGuid(), Kind.ANY);
      noteRefs(where, link.noteRefs());
    }
    for (QdaSet set : project.sets()) {
      String where = id(Kind.SET, set.guid(), "Set " + set.guid() + " '" + set.name() + "'");
      set.memberCodes().forEach(t -> ref(where, "MemberCode", t, Kind.CODE));
      set.memberSources().forEach(t -> ref(where, "MemberSource", t, Kind.SOURCE));
      set.memberNotes().forEach(t -> ref(where, "MemberNote", t, Kind.NOTE));
    }
    project.graphs().forEach(this::graph);
    noteRefs("Project", project.noteRefs());
  }

  private void source(Source source) {
    if (source instanceof TextSource text) {
      textSource("TextSource", Kind.SOURCE, text, "");
      return;
    }
    String element = source.getClass().getSimpleName().replace("Pdf", "PDF");
    String where = id(Kind.SOURCE, source.guid(), element + " " + source.guid());
    provenance(where, source.provenance());
    codings(where, source.codings());
    noteRefs(where, source.noteRefs());
    variableValues(where, source.variableValues());
    if (source instanceof PdfSource pdf) {
      for (PdfSelection s : pdf.selections()) {
        String at = selection("PDFSelection", s.guid(), where, s.provenance(), s.codings(),
            s.noteRefs());
        textSource("Representation", Kind.ANY, s.representation(), " in " + at);
      }
      textSource("Representation", Kind.ANY, pdf.representation(), " in " + where);
    } else if (source instanceof PictureSource picture) {
      textSource("TextDescription", Kind.ANY, picture.textDescription(), " in " + where);
      picture.selections().forEach(s -> selection("PictureSelection", s.guid(), where,
          s.provenance(), s.codings(), s.noteRefs()));
    } else {
      List<Transcript> transcripts = source instanceof AudioSource a ? a.transcripts()
          : ((VideoSource) source).transcripts();
      List<MediaSelection> selections = source instanceof AudioSource a ? a.selections()
          : ((VideoSource) source).selections();
      transcripts.forEach(t -> transcript(t, where));
      String selectionElement = source instanceof AudioSource ? "AudioSelection" : "VideoSelection";
      selections.forEach(s -> selection(selectionElement, s.guid(), where, s.provenance(),
          s.codings(), s.noteRefs()));
    }
  }

  /** A text source, note, text description or representation; {@code ANY}: identified as itself. */
  private void textSource(String element, Kind kind, TextSource source, String in) {
    if (source == null) {
      return;
    }
    Kind as = kind == Kind.ANY ? Kind.SOURCE : kind;
    String where = id(as, source.guid(), element + " " + source.guid() + in);
    texts.add(new PlacedText(source, where));
    provenance(where, source.provenance());
    source.selections().forEach(s -> selection("PlainTextSelection", s.guid(), where,
        s.provenance(), s.codings(), s.noteRefs()));
    codings(where, source.codings());
    noteRefs(where, source.noteRefs());
    variableValues(where, source.variableValues());
  }

  private void transcript(Transcript transcript, String in) {
    String where = id(Kind.TRANSCRIPT, transcript.guid(), "Transcript " + transcript.guid()
        + " in " + in);
    texts.add(new PlacedText(transcript, where));
    provenance(where, transcript.provenance());
    transcript.syncPoints().forEach(p -> id(Kind.SYNC_POINT, p.guid(), "SyncPoint " + p.guid()
        + " in " + where));
    for (TranscriptSelection s : transcript.selections()) {
      String at = selection("TranscriptSelection", s.guid(), where, s.provenance(), s.codings(),
          s.noteRefs());
      ref(at, "fromSyncPoint", s.fromSyncPoint(), Kind.SYNC_POINT);
      ref(at, "toSyncPoint", s.toSyncPoint(), Kind.SYNC_POINT);
    }
    noteRefs(where, transcript.noteRefs());
  }

  private String selection(String element, String guid, String in, Provenance provenance,
      List<Coding> codings, List<String> noteRefs) {
    String where = id(Kind.SELECTION, guid, element + " " + guid + " in " + in);
    provenance(where, provenance);
    codings(where, codings);
    noteRefs(where, noteRefs);
    return where;
  }

  private void codings(String in, List<Coding> codings) {
    for (Coding coding : codings) {
      String where = id(Kind.CODING, coding.guid(), "Coding " + coding.guid() + " in " + in);
      ref(where, "CodeRef", coding.codeGuid(), Kind.CODE);
      ref(where, "creatingUser", coding.creatingUser(), Kind.USER);
      noteRefs(where, coding.noteRefs());
    }
  }

  private void graph(Graph graph) {
    String where = id(Kind.GRAPH, graph.guid(), "Graph " + graph.guid());
    for (Graph.Vertex v : graph.vertices()) {
      String at = id(Kind.VERTEX, v.guid(), "Vertex " + v.guid() + " in " + where);
      ref(at, "representedGUID", v.representedGuid(), Kind.ANY);
    }
    for (Graph.Edge e : graph.edges()) {
      String at = id(Kind.EDGE, e.guid(), "Edge " + e.guid() + " in " + where);
      ref(at, "representedGUID", e.representedGuid(), Kind.ANY);
      ref(at, "sourceVertex", e.sourceVertex(), Kind.VERTEX);
      ref(at, "targetVertex", e.targetVertex(), Kind.VERTEX);
    }
  }

  private void provenance(String where, Provenance p) {
    boolean project = where.equals("Project");
    ref(where, project ? "creatingUserGUID" : "creatingUser", p.creatingUser(), Kind.USER);
    ref(where, project ? "modifyingUserGUID" : "modifyingUser", p.modifyingUser(), Kind.USER);
  }

  private void variableValues(String where, List<VariableValue> values) {
    values.forEach(v -> ref(where, "VariableRef", v.variableGuid(), Kind.VARIABLE));
  }

  private void noteRefs(String where, List<String> noteRefs) {
    noteRefs.forEach(t -> ref(where, "NoteRef", t, Kind.NOTE));
  }

  private String id(Kind kind, String guid, String where) {
    identified.add(new Identified(kind, guid, where));
    return where;
  }

  private void ref(String where, String attribute, String target, Kind kind) {
    if (target != null) {
      references.add(new Reference(where, attribute, target, kind));
    }
  }
}
