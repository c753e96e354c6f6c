package org.phasezero.evidence.interchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.SourceMedia;
import org.phasezero.evidence.interchange.ProjectRows.CodeRow;
import org.phasezero.evidence.interchange.ProjectRows.MemoRow;
import org.phasezero.evidence.interchange.ProjectRows.SourceRow;
import org.phasezero.evidence.internal.SegmentStore;
import org.phasezero.evidence.refiqda.Case;
import org.phasezero.evidence.refiqda.Code;
import org.phasezero.evidence.refiqda.Coding;
import org.phasezero.evidence.refiqda.EmbeddedFile;
import org.phasezero.evidence.refiqda.PictureSelection;
import org.phasezero.evidence.refiqda.PictureSource;
import org.phasezero.evidence.refiqda.CodeBook;
import org.phasezero.evidence.refiqda.Graph;
import org.phasezero.evidence.refiqda.Provenance;
import org.phasezero.evidence.refiqda.QdaProject;
import org.phasezero.evidence.refiqda.QdaSet;
import org.phasezero.evidence.refiqda.Source;
import org.phasezero.evidence.refiqda.TextSource;
import org.phasezero.evidence.refiqda.User;
import org.phasezero.evidence.refiqda.Variable;
import org.phasezero.evidence.refiqda.VariableType;
import org.phasezero.evidence.refiqda.VariableValue;

/**
 * A project as a REFI-QDA model: the imported baseline (when there is one) with the database laid
 * over it. The codebook, the text sources' words, selections and codings, and memos come from the
 * database; everything it does not model comes from the baseline as it was imported. What was
 * removed in PhaseZero (codes, sources, codings, memos) is left out, with every reference to it,
 * so the file stays consistent. A field the database holds cut short or cleaned (a name over 300
 * characters, an empty source name) is written as the baseline has it while it is unchanged.
 */
final class ProjectExport {

  /** What a withheld turn (its speaker withdrew research consent) reads as in an export. */
  static final String WITHHELD = "[withheld]";

  private final ResearchProject project;
  private final ProjectRows rows;
  private final QdaProject base;
  private final Function<Long, List<SegmentStore.Row>> segments;
  private final Function<String, String> displayNames;
  private final Function<Long, java.util.Optional<Map.Entry<String, byte[]>>> files;
  private final List<EmbeddedFile> newFiles = new ArrayList<>();
  final Set<String> removed = new HashSet<>();
  private final Set<String> removedCodes = new HashSet<>();
  private final Set<String> droppedNoteRefs = new HashSet<>();
  private final Map<String, List<String>> addedNoteRefs = new HashMap<>();
  private final Map<String, User> phaseZeroUsers = new LinkedHashMap<>();
  private final List<TextSource> newNotes = new ArrayList<>();
  private final Set<String> droppedFiles = new HashSet<>();

  ProjectExport(ResearchProject project, ProjectRows rows, QdaProject base,
      Function<Long, List<SegmentStore.Row>> segments, Function<String, String> displayNames,
      Function<Long, java.util.Optional<Map.Entry<String, byte[]>>> files) {
    this.files = files;
    this.project = project;
    this.rows = rows;
    this.base = base;
    this.segments = segments;
    this.displayNames = displayNames;
  }

  QdaProject build() {
    placeMemos();
    CodeBook codeBook = codeBook();
    List<Source> sources = sources();
    QdaProject b = base;
    String description = b == null ? project.description()
        : unchanged(b.description(), StoredText.description(b.description()), project.description());
    List<User> users = new ArrayList<>(b == null ? List.of() : b.users());
    users.addAll(phaseZeroUsers.values());
    List<TextSource> notes = new ArrayList<>(b == null ? List.of() : b.notes());
    notes.addAll(newNotes);
    return new QdaProject(project.name(), b == null ? "PhaseZero" : b.origin(), b == null ? null : b.basePath(),
        b == null ? Provenance.NONE : b.provenance(), users, codeBook, variables(), cases(), sources, notes,
        b == null ? List.of() : b.links().stream().filter(l -> !removed.contains(l.originGuid())
            && !removed.contains(l.targetGuid())).toList(),
        b == null ? List.of() : b.sets().stream().map(this::prune).toList(),
        b == null ? List.of() : b.graphs().stream().map(this::prune).toList(), description,
        noteRefs(NoteLinks.PROJECT, b == null ? List.of() : b.noteRefs()),
        java.util.stream.Stream.concat(b == null ? java.util.stream.Stream.<EmbeddedFile>empty()
            : b.files().stream().filter(f -> !droppedFiles.contains(f.name())), newFiles.stream()).toList());
  }

  // Memos: imported ones are in the baseline's notes; a removed one loses its reference, a new one becomes a note.

  private void placeMemos() {
    Map<String, MemoRow> byGuid = rows.memos().stream().collect(Collectors.toMap(MemoRow::guid, m -> m, (a, c) -> a));
    Set<String> imported = new HashSet<>();
    if (base != null) {
      for (NoteLinks.Link link : NoteLinks.of(base)) {
        imported.add(link.memoGuid());
        MemoRow memo = byGuid.get(link.memoGuid());
        if (memo != null && memo.voided()) {
          droppedNoteRefs.add(link.element() + "|" + link.noteGuid());
        }
      }
    }
    Map<Long, String> codeGuids = rows.codes().stream().collect(Collectors.toMap(CodeRow::id, CodeRow::guid));
    Map<Long, String> sourceGuids = rows.sources().stream().collect(Collectors.toMap(SourceRow::id, SourceRow::guid));
    Map<Long, String> codingGuids = new HashMap<>();
    rows.codings().forEach(c -> codingGuids.put(c.id(), codingGuid(c)));
    for (MemoRow m : rows.memos()) {
      if (m.voided() || imported.contains(m.guid())) {
        continue;
      }
      String element = switch (m.target()) {
        case PROJECT -> NoteLinks.PROJECT;
        case SOURCE -> sourceGuids.get(m.targetId());
        case CODE -> codeGuids.get(m.targetId());
        case CODING -> codingGuids.get(m.targetId());
        // REFI-QDA has no analytic decisions: a reflexive memo on one travels as a project note.
        case DECISION -> NoteLinks.PROJECT;
      };
      addedNoteRefs.computeIfAbsent(element, k -> new ArrayList<>()).add(m.guid());
      newNotes.add(new TextSource(m.guid(), m.title(), null, null, KeptParts.INTERNAL + m.guid() + ".txt", m.body(),
          List.of(), List.of(), List.of(), List.of(), new Provenance(userGuid(m.author()), m.created(), null, null)));
    }
  }

  List<String> noteRefs(String element, List<String> refs) {
    List<String> out = new ArrayList<>();
    for (String r : refs) {
      if (!droppedNoteRefs.contains(element + "|" + r)) {
        out.add(r);
      }
    }
    out.addAll(addedNoteRefs.getOrDefault(element, List.of()));
    return out.equals(refs) ? refs : out;
  }

  /** The GUID of a coding: its own, or one derived from the project's GUID and its id when PhaseZero made it. */
  String codingGuid(ProjectRows.CodingRow c) {
    return org.phasezero.evidence.Coding.guid(c.guid(), project.guid(), c.id());
  }

  /** The REFI-QDA user of a coder or author: the imported user, or the PhaseZero account (added to the users). */
  String userGuid(String coder) {
    if (coder == null || coder.equals(ProjectImport.CODER_PREFIX)) {
      return null;
    }
    String imported = ProjectImport.userGuid(coder);
    if (imported != null) {
      return imported;
    }
    return phaseZeroUsers.computeIfAbsent(coder, c -> new User(derived("user", c), displayNames.apply(c), c)).guid();
  }

  private static String derived(String kind, String key) {
    return UUID.nameUUIDFromBytes(("phasezero-" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** The baseline's value while the database still holds what the import stored from it, else the database's. */
  static <T> T unchanged(T baseline, T storedFromBaseline, T now) {
    return Objects.equals(storedFromBaseline, now) ? baseline : now;
  }

  // Codebook

  private CodeBook codeBook() {
    Map<String, Integer> order = new HashMap<>();
    Map<String, Code> baseCodes = new HashMap<>();
    if (base != null) {
      base.codeBook().allCodes().forEach(c -> {
        order.put(c.guid(), order.size());
        baseCodes.put(c.guid(), c);
      });
    }
    Set<String> live = new HashSet<>();
    Map<Long, List<CodeRow>> children = new HashMap<>();
    for (CodeRow c : rows.codes()) {
      if (!c.voided()) {
        live.add(c.guid());
        children.computeIfAbsent(c.parentId() == null ? 0L : c.parentId(), k -> new ArrayList<>()).add(c);
      }
    }
    baseCodes.keySet().stream().filter(g -> !live.contains(g)).forEach(removedCodes::add);
    removed.addAll(removedCodes);
    Comparator<CodeRow> byPlace = Comparator.comparingInt((CodeRow c) -> order.getOrDefault(c.guid(), Integer.MAX_VALUE))
        .thenComparingInt(CodeRow::sortOrder).thenComparing(c -> c.name().toLowerCase()).thenComparingLong(CodeRow::id);
    children.values().forEach(l -> l.sort(byPlace));
    return new CodeBook(codes(0L, children, baseCodes));
  }

  private List<Code> codes(long parent, Map<Long, List<CodeRow>> children, Map<String, Code> baseCodes) {
    List<Code> out = new ArrayList<>();
    for (CodeRow c : children.getOrDefault(parent, List.of())) {
      Code was = baseCodes.get(c.guid());
      String name = was == null ? c.name() : unchanged(was.name(), storedCodeName(was.name()), c.name());
      String description = was == null ? c.description()
          : unchanged(was.description(), StoredText.description(was.description()), c.description());
      String color = was == null ? c.color() : unchanged(was.color(), storedColor(was.color()), c.color());
      out.add(new Code(c.guid(), name, c.codable(), color, description,
          noteRefs(c.guid(), was == null ? List.of() : was.noteRefs()), codes(c.id(), children, baseCodes)));
    }
    return out;
  }

  static String storedCodeName(String name) {
    String cut = StoredText.cut(name, 300);
    return cut == null ? "(unnamed code)" : StoredText.name(cut);
  }

  static String storedColor(String color) {
    return color != null && color.matches("#[0-9A-Fa-f]{6}") ? color : null;
  }

  // Sources

  private List<Source> sources() {
    Map<String, SourceRow> byGuid = rows.sources().stream().collect(Collectors.toMap(SourceRow::guid, s -> s));
    Set<String> inBase = new HashSet<>();
    List<Source> out = new ArrayList<>();
    for (Source s : base == null ? List.<Source>of() : base.sources()) {
      inBase.add(s.guid());
      SourceRow row = byGuid.get(s.guid());
      if (row == null || row.voided()) {
        removed.add(s.guid());
        KeptParts.internalFiles(s).forEach(droppedFiles::add);
        continue;
      }
      if (s instanceof TextSource t && t.text() != null) {
        out.add(text(row, t));
      } else {
        Source kept = KeptParts.withoutCodes(s, removedCodes);
        out.add(KeptParts.withNoteRefs(kept, noteRefs(s.guid(), s.noteRefs())));
      }
    }
    for (SourceRow row : rows.sources()) {
      if (!row.voided() && !inBase.contains(row.guid())) {
        out.add(row.media() == SourceMedia.PICTURE ? picture(row) : text(row, null));
      }
    }
    return out;
  }

  /**
   * A picture added in PhaseZero: the photo itself in the archive, its description as the
   * source's description, and each coded region as a picture selection in pixels (PhaseZero keeps
   * regions in percent of the picture). Without a kept file it travels as its description text.
   */
  private Source picture(SourceRow row) {
    var file = files.apply(row.id());
    if (file.isEmpty()) {
      return text(row, null);
    }
    byte[] bytes = file.get().getValue();
    int[] size = pixelSize(bytes);
    String name = row.guid() + (file.get().getKey().contains("png") ? ".png" : ".jpg");
    newFiles.add(new EmbeddedFile(name, bytes));
    String description = segments.apply(row.id()).stream().map(SegmentStore.Row::body)
        .collect(Collectors.joining()).strip();
    List<PictureSelection> selections = new ArrayList<>();
    for (ProjectRows.CodingRow c : rows.codings()) {
      if (c.sourceId() != row.id() || c.voided() || c.region() == null || c.region().isEmpty()) {
        continue;
      }
      int[] box = java.util.Arrays.stream(c.region().split(",")).mapToInt(Integer::parseInt).toArray();
      String guid = codingGuid(c);
      selections.add(new PictureSelection(c.selectionGuid() != null ? c.selectionGuid()
          : derived("selection", project.guid() + "/" + c.id()), null,
          (long) box[0] * size[0] / 100, (long) box[1] * size[1] / 100, (long) (box[0] + box[2]) * size[0] / 100,
          (long) (box[1] + box[3]) * size[1] / 100, null,
          List.of(new Coding(guid, c.codeGuid(), noteRefs(guid, List.of()), userGuid(c.coder()), c.created())),
          List.of(), Provenance.NONE));
    }
    return new PictureSource(row.guid(), row.name(), KeptParts.INTERNAL + name, null,
        description.isEmpty() ? row.description() : description, null, selections, List.of(),
        noteRefs(row.guid(), List.of()), List.of(), Provenance.NONE);
  }

  /** Width and height in pixels, read from the image's header without decoding it. */
  private static int[] pixelSize(byte[] bytes) {
    try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(
        new java.io.ByteArrayInputStream(bytes))) {
      java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IllegalStateException("A kept picture is neither PNG nor JPEG.");
      }
      javax.imageio.ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private TextSource text(SourceRow row, TextSource was) {
    TextSourceExport text = new TextSourceExport(this, segments.apply(row.id()),
        rows.codings().stream().filter(c -> c.sourceId() == row.id()).toList(), removedCodes);
    TextSource built = text.build(row, was);
    if (was != null && text.hasWithheld() && was.richTextPath() != null) {
      droppedFiles.add(was.richTextPath().replace(KeptParts.INTERNAL, ""));
    }
    removed.addAll(text.removedSelections());
    return built;
  }

  // Cases and variables: the imported ones as they were unless changed here; those made here added

  private List<Variable> variables() {
    List<Variable> out = new ArrayList<>(base == null ? List.of() : base.variables());
    Set<String> known = out.stream().map(Variable::guid).collect(Collectors.toSet());
    for (ProjectRows.VariableRow v : rows.variables()) {
      if (known.add(v.guid())) {
        out.add(new Variable(v.guid(), v.name(), VariableType.ofLexical(v.typeName()), null));
      }
    }
    return out;
  }

  private List<Case> cases() {
    Map<String, VariableType> types = new HashMap<>();
    variables().forEach(v -> types.put(v.guid(), v.type()));
    Map<String, ProjectRows.CaseRow> byGuid = rows.cases().stream()
        .collect(Collectors.toMap(ProjectRows.CaseRow::guid, c -> c, (a, c) -> a));
    Set<String> sourceRows = rows.sources().stream().map(SourceRow::guid).collect(Collectors.toSet());
    List<Case> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Case c : base == null ? List.<Case>of() : base.cases()) {
      ProjectRows.CaseRow row = byGuid.get(c.guid());
      seen.add(c.guid());
      if (row != null && row.voided()) {
        removed.add(c.guid());
        continue;
      }
      Case kept = prune(c);
      if (row == null) {
        out.add(kept);
        continue;
      }
      Map<String, String> wereValues = new LinkedHashMap<>();
      c.variableValues().forEach(v -> wereValues.putIfAbsent(v.variableGuid(), StoredText.cut(v.value(), 4000)));
      wereValues.values().removeIf(Objects::isNull);
      List<String> refs = new ArrayList<>(kept.sourceRefs().stream()
          .filter(r -> !sourceRows.contains(r) || row.sourceGuids().contains(r)).toList());
      row.sourceGuids().stream().filter(g -> !refs.contains(g)).forEach(refs::add);
      String storedName = c.name() == null ? "(unnamed case)" : StoredText.cut(c.name(), 300);
      out.add(new Case(c.guid(), unchanged(c.name(), storedName, row.name()),
          unchanged(c.description(), StoredText.cut(c.description(), 4000), row.description()), kept.codeRefs(),
          wereValues.equals(row.values()) ? c.variableValues() : values(row, types),
          refs.equals(kept.sourceRefs()) ? kept.sourceRefs() : refs, kept.selectionRefs()));
    }
    for (ProjectRows.CaseRow row : rows.cases()) {
      if (!row.voided() && seen.add(row.guid())) {
        out.add(new Case(row.guid(), row.name(), row.description(), List.of(), values(row, types), row.sourceGuids(),
            List.of()));
      }
    }
    return out;
  }

  private static List<VariableValue> values(ProjectRows.CaseRow row, Map<String, VariableType> types) {
    return row.values().entrySet().stream()
        .map(e -> new VariableValue(e.getKey(), types.getOrDefault(e.getKey(), VariableType.ofLexical("Text")),
            e.getValue())).toList();
  }

  // References to what was removed

  private Case prune(Case c) {
    return new Case(c.guid(), c.name(), c.description(), kept(c.codeRefs()), c.variableValues(),
        kept(c.sourceRefs()), kept(c.selectionRefs()));
  }

  private QdaSet prune(QdaSet s) {
    return new QdaSet(s.guid(), s.name(), s.description(), kept(s.memberCodes()), kept(s.memberSources()),
        s.memberNotes());
  }

  private Graph prune(Graph g) {
    if (g.vertices().stream().noneMatch(v -> removed.contains(v.representedGuid()))) {
      return g;
    }
    return new Graph(g.guid(), g.name(), g.vertices().stream().map(v -> removed.contains(v.representedGuid())
        ? new Graph.Vertex(v.guid(), null, v.name(), v.firstX(), v.firstY(), v.secondX(), v.secondY(), v.shape(),
            v.color()) : v).toList(), g.edges());
  }

  private List<String> kept(List<String> refs) {
    return refs.stream().filter(r -> !removed.contains(r)).toList();
  }
}
