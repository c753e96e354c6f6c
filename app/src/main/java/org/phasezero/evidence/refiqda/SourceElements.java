package org.phasezero.evidence.refiqda;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the source elements of {@code project.qde} (the five kinds of source, their selections,
 * transcripts, codings and variable values), moving text positions into the model's convention
 * as each selection is read.
 */
final class SourceElements {

  private final XmlCursor c;
  private final SharedElements shared;
  private final SourceTexts texts;
  private final PositionConvention convention;
  private final Warnings warnings;
  private final QdpxArchive archive;
  private final Set<String> referencedFiles = new HashSet<>();

  SourceElements(XmlCursor cursor, QdpxArchive archive, SourceTexts texts,
      PositionConvention convention, Warnings warnings) {
    this.c = cursor;
    this.shared = new SharedElements(cursor);
    this.archive = archive;
    this.texts = texts;
    this.convention = convention;
    this.warnings = warnings;
  }

  /** Names of sources-folder files that some {@code internal://} path refers to. */
  Set<String> referencedFiles() {
    Set<String> all = new HashSet<>(referencedFiles);
    all.addAll(texts.usedFiles());
    return all;
  }

  /** The source at the cursor, or null when the element is not a source (then skipped). */
  Source source() {
    return switch (c.name()) {
      case "TextSource" -> textSource();
      case "PDFSource" -> pdfSource();
      case "PictureSource" -> pictureSource();
      case "AudioSource", "VideoSource" -> mediaSource();
      default -> {
        c.skipUnknown("Sources");
        yield null;
      }
    };
  }

  /** Any element of {@code TextSourceType}: a text source, note, text description or representation. */
  TextSource textSource() {
    String element = c.name();
    String guid = c.guid();
    String name = c.attr("name");
    String richTextPath = c.attr("richTextPath");
    String where = element + " " + guid + (name == null || name.isEmpty() ? "" : " '" + name + "'");
    fileReference(richTextPath, where);
    SourceTexts.Resolved file = texts.resolve(c.attr("plainTextPath"), richTextPath, where);
    Provenance provenance = c.provenance();
    Text text = new Text(file.rawText());
    String description = null;
    List<PlainTextSelection> selections = new ArrayList<>();
    List<Coding> codings = new ArrayList<>();
    List<String> noteRefs = new ArrayList<>();
    List<VariableValue> values = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Description" -> description = c.text();
        case "PlainTextContent" -> text.inline(c.text(), where);
        case "PlainTextSelection" -> selections.add(plainTextSelection(text));
        case "Coding" -> codings.add(shared.coding());
        case "NoteRef" -> noteRefs.add(c.target());
        case "VariableValue" -> values.add(shared.variableValue());
        default -> c.skipUnknown(element);
      }
    }
    String normalised = NormalisedText.of(text.raw);
    TextSource source = new TextSource(guid, name, description, richTextPath, file.path(),
        normalised, selections, codings, noteRefs, values, provenance);
    flagSelectionsOutside(source, where);
    return source;
  }

  private void flagSelectionsOutside(TextSource source, String where) {
    if (source.text() == null) {
      if (!source.selections().isEmpty()) {
        warnings.add(where + ": " + source.selections().size() + " selections cannot be placed:"
            + " the source has no text");
      }
      return;
    }
    for (PlainTextSelection s : source.selectionsOutsideText()) {
      warnings.defect(where + ": PlainTextSelection " + s.guid() + " [" + s.start() + ", " + s.end()
          + ") lies outside the text (" + source.text().length() + " characters); kept, flagged as"
          + " outside");
    }
  }

  private PlainTextSelection plainTextSelection(Text text) {
    String guid = c.guid();
    String name = c.attr("name");
    int start = text.toModel(c.requiredLong("startPosition"));
    int end = text.toModel(c.requiredLong("endPosition"));
    Provenance provenance = c.provenance();
    SharedElements.Annotations a = shared.annotations("PlainTextSelection");
    return new PlainTextSelection(guid, name, a.description, start, end, a.codings, a.noteRefs,
        provenance);
  }

  private PdfSource pdfSource() {
    String guid = c.guid();
    String name = c.attr("name");
    String path = c.attr("path");
    String currentPath = c.attr("currentPath");
    fileReference(path, "PDFSource " + guid);
    Provenance provenance = c.provenance();
    String description = null;
    TextSource representation = null;
    List<PdfSelection> selections = new ArrayList<>();
    List<Coding> codings = new ArrayList<>();
    List<String> noteRefs = new ArrayList<>();
    List<VariableValue> values = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Description" -> description = c.text();
        case "PDFSelection" -> selections.add(pdfSelection());
        case "Representation" -> representation = textSource();
        case "Coding" -> codings.add(shared.coding());
        case "NoteRef" -> noteRefs.add(c.target());
        case "VariableValue" -> values.add(shared.variableValue());
        default -> c.skipUnknown("PDFSource");
      }
    }
    return new PdfSource(guid, name, path, currentPath, description, selections, representation,
        codings, noteRefs, values, provenance);
  }

  private PdfSelection pdfSelection() {
    String guid = c.guid();
    String name = c.attr("name");
    long page = c.requiredLong("page");
    long firstX = c.requiredLong("firstX");
    long firstY = c.requiredLong("firstY");
    long secondX = c.requiredLong("secondX");
    long secondY = c.requiredLong("secondY");
    Provenance provenance = c.provenance();
    String description = null;
    TextSource representation = null;
    List<Coding> codings = new ArrayList<>();
    List<String> noteRefs = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Description" -> description = c.text();
        case "Representation" -> representation = textSource();
        case "Coding" -> codings.add(shared.coding());
        case "NoteRef" -> noteRefs.add(c.target());
        default -> c.skipUnknown("PDFSelection");
      }
    }
    return new PdfSelection(guid, name, page, firstX, firstY, secondX, secondY, description,
        representation, codings, noteRefs, provenance);
  }

  private PictureSource pictureSource() {
    String guid = c.guid();
    String name = c.attr("name");
    String path = c.attr("path");
    String currentPath = c.attr("currentPath");
    fileReference(path, "PictureSource " + guid);
    Provenance provenance = c.provenance();
    String description = null;
    TextSource textDescription = null;
    List<PictureSelection> selections = new ArrayList<>();
    List<Coding> codings = new ArrayList<>();
    List<String> noteRefs = new ArrayList<>();
    List<VariableValue> values = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Description" -> description = c.text();
        case "TextDescription" -> textDescription = textSource();
        case "PictureSelection" -> selections.add(pictureSelection());
        case "Coding" -> codings.add(shared.coding());
        case "NoteRef" -> noteRefs.add(c.target());
        case "VariableValue" -> values.add(shared.variableValue());
        default -> c.skipUnknown("PictureSource");
      }
    }
    return new PictureSource(guid, name, path, currentPath, description, textDescription,
        selections, codings, noteRefs, values, provenance);
  }

  private PictureSelection pictureSelection() {
    String guid = c.guid();
    String name = c.attr("name");
    long firstX = c.requiredLong("firstX");
    long firstY = c.requiredLong("firstY");
    long secondX = c.requiredLong("secondX");
    long secondY = c.requiredLong("secondY");
    Provenance provenance = c.provenance();
    SharedElements.Annotations a = shared.annotations("PictureSelection");
    return new PictureSelection(guid, name, firstX, firstY, secondX, secondY, a.description,
        a.codings, a.noteRefs, provenance);
  }

  private Source mediaSource() {
    String element = c.name();
    String selectionElement = element.equals("AudioSource") ? "AudioSelection" : "VideoSelection";
    String guid = c.guid();
    String name = c.attr("name");
    String path = c.attr("path");
    String currentPath = c.attr("currentPath");
    fileReference(path, element + " " + guid);
    Provenance provenance = c.provenance();
    String description = null;
    List<Transcript> transcripts = new ArrayList<>();
    List<MediaSelection> selections = new ArrayList<>();
    List<Coding> codings = new ArrayList<>();
    List<String> noteRefs = new ArrayList<>();
    List<VariableValue> values = new ArrayList<>();
    while (c.nextChild()) {
      String child = c.name();
      if (child.equals(selectionElement)) {
        selections.add(mediaSelection());
        continue;
      }
      switch (child) {
        case "Description" -> description = c.text();
        case "Transcript" -> transcripts.add(transcript());
        case "Coding" -> codings.add(shared.coding());
        case "NoteRef" -> noteRefs.add(c.target());
        case "VariableValue" -> values.add(shared.variableValue());
        default -> c.skipUnknown(element);
      }
    }
    return element.equals("AudioSource")
        ? new AudioSource(guid, name, path, currentPath, description, transcripts, selections,
            codings, noteRefs, values, provenance)
        : new VideoSource(guid, name, path, currentPath, description, transcripts, selections,
            codings, noteRefs, values, provenance);
  }

  private MediaSelection mediaSelection() {
    String element = c.name();
    String guid = c.guid();
    String name = c.attr("name");
    long begin = c.requiredLong("begin");
    long end = c.requiredLong("end");
    Provenance provenance = c.provenance();
    SharedElements.Annotations a = shared.annotations(element);
    return new MediaSelection(guid, name, begin, end, a.description, a.codings, a.noteRefs,
        provenance);
  }

  private Transcript transcript() {
    String guid = c.guid();
    String name = c.attr("name");
    String richTextPath = c.attr("richTextPath");
    String where = "Transcript " + guid;
    fileReference(richTextPath, where);
    SourceTexts.Resolved file = texts.resolve(c.attr("plainTextPath"), richTextPath, where);
    Provenance provenance = c.provenance();
    Text text = new Text(file.rawText());
    String description = null;
    List<Transcript.SyncPoint> syncPoints = new ArrayList<>();
    List<TranscriptSelection> selections = new ArrayList<>();
    List<String> noteRefs = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Description" -> description = c.text();
        case "PlainTextContent" -> text.inline(c.text(), where);
        case "SyncPoint" -> syncPoints.add(syncPoint(text));
        case "TranscriptSelection" -> selections.add(transcriptSelection());
        case "NoteRef" -> noteRefs.add(c.target());
        default -> c.skipUnknown("Transcript");
      }
    }
    return new Transcript(guid, name, richTextPath, file.path(), NormalisedText.of(text.raw),
        description, syncPoints, selections, noteRefs, provenance);
  }

  private Transcript.SyncPoint syncPoint(Text text) {
    String guid = c.guid();
    Long timeStamp = c.optionalLong("timeStamp");
    Long position = c.optionalLong("position");
    c.finish();
    return new Transcript.SyncPoint(guid, timeStamp, position == null ? null : text.toModel(position));
  }

  private TranscriptSelection transcriptSelection() {
    String guid = c.guid();
    String name = c.attr("name");
    String from = c.optionalGuid("fromSyncPoint");
    String to = c.optionalGuid("toSyncPoint");
    Provenance provenance = c.provenance();
    SharedElements.Annotations a = shared.annotations("TranscriptSelection");
    return new TranscriptSelection(guid, name, from, to, a.description, a.codings, a.noteRefs,
        provenance);
  }

  /** Records an {@code internal://} reference and warns when the archive lacks the file. */
  private void fileReference(String path, String where) {
    if (path == null || !path.startsWith(SourceTexts.INTERNAL)) {
      return;
    }
    EmbeddedFile file = archive.sourceFile(path.substring(SourceTexts.INTERNAL.length()));
    if (file == null) {
      warnings.defect(where + ": '" + path + "' is not in the archive");
    } else {
      referencedFiles.add(file.name());
    }
  }

  /** The raw text of one text element, and its position mapping once a selection needs it. */
  private final class Text {
    String raw;
    private TextPositions positions;

    Text(String raw) {
      this.raw = raw;
    }

    void inline(String content, String where) {
      if (raw != null) {
        warnings.add(where + ": has both PlainTextContent and a plainTextPath; the file's text kept");
        return;
      }
      raw = content;
    }

    int toModel(long producerPosition) {
      if (raw == null) {
        if (producerPosition < Integer.MIN_VALUE || producerPosition > Integer.MAX_VALUE) {
          throw c.error("position " + producerPosition + " is out of range");
        }
        return (int) producerPosition;
      }
      if (positions == null) {
        positions = TextPositions.of(raw, convention);
      }
      return positions.toModel(producerPosition);
    }
  }
}
