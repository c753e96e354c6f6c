package org.phasezero.evidence.refiqda;

import java.util.List;
import java.util.Map;

/**
 * Writes sources, notes and their parts in the schema's order, with text positions turned back
 * into the standard's code points, and collects each plain text that belongs in a file of its own.
 */
final class SourceXml {

  private final XmlOut xml;
  private final Map<String, String> textFiles;

  /**
   * @param textFiles receives, per name in the sources folder, each text to write as a file
   */
  SourceXml(XmlOut xml, Map<String, String> textFiles) {
    this.xml = xml;
    this.textFiles = textFiles;
  }

  void source(Source source) {
    if (source instanceof TextSource text) {
      textSource("TextSource", text);
    } else if (source instanceof PdfSource pdf) {
      pdf(pdf);
    } else if (source instanceof PictureSource picture) {
      picture(picture);
    } else if (source instanceof AudioSource audio) {
      media("AudioSource", audio.guid(), audio.name(), audio.path(), audio.currentPath(),
          audio.provenance(), audio.description(), audio.transcripts(), "AudioSelection",
          audio.selections(), audio.codings(), audio.noteRefs(), audio.variableValues());
    } else if (source instanceof VideoSource video) {
      media("VideoSource", video.guid(), video.name(), video.path(), video.currentPath(),
          video.provenance(), video.description(), video.transcripts(), "VideoSelection",
          video.selections(), video.codings(), video.noteRefs(), video.variableValues());
    }
  }

  /** Any element of {@code TextSourceType}: a text source, note, text description or representation. */
  void textSource(String element, TextSource source) {
    if (source == null) {
      return;
    }
    xml.start(element).attr("guid", source.guid()).attr("name", source.name())
        .attr("richTextPath", source.richTextPath()).attr("plainTextPath", source.plainTextPath());
    provenance(source.provenance());
    xml.textElement("Description", source.description());
    TextPositions.StandardPositions positions = textOf(source);
    for (PlainTextSelection s : source.selections()) {
      xml.start("PlainTextSelection").attr("guid", s.guid()).attr("name", s.name())
          .attr("startPosition", standard(positions, s.start()))
          .attr("endPosition", standard(positions, s.end()));
      provenance(s.provenance());
      annotations(s.description(), s.codings(), s.noteRefs());
      xml.end();
    }
    codings(source.codings());
    noteRefs(source.noteRefs());
    variableValues(source.variableValues());
    xml.end();
  }

  private void pdf(PdfSource pdf) {
    xml.start("PDFSource").attr("guid", pdf.guid()).attr("name", pdf.name())
        .attr("path", pdf.path()).attr("currentPath", pdf.currentPath());
    provenance(pdf.provenance());
    xml.textElement("Description", pdf.description());
    for (PdfSelection s : pdf.selections()) {
      xml.start("PDFSelection").attr("guid", s.guid()).attr("name", s.name())
          .attr("page", s.page()).attr("firstX", s.firstX()).attr("firstY", s.firstY())
          .attr("secondX", s.secondX()).attr("secondY", s.secondY());
      provenance(s.provenance());
      xml.textElement("Description", s.description());
      textSource("Representation", s.representation());
      codings(s.codings());
      noteRefs(s.noteRefs());
      xml.end();
    }
    textSource("Representation", pdf.representation());
    codings(pdf.codings());
    noteRefs(pdf.noteRefs());
    variableValues(pdf.variableValues());
    xml.end();
  }

  private void picture(PictureSource picture) {
    xml.start("PictureSource").attr("guid", picture.guid()).attr("name", picture.name())
        .attr("path", picture.path()).attr("currentPath", picture.currentPath());
    provenance(picture.provenance());
    xml.textElement("Description", picture.description());
    textSource("TextDescription", picture.textDescription());
    for (PictureSelection s : picture.selections()) {
      xml.start("PictureSelection").attr("guid", s.guid()).attr("name", s.name())
          .attr("firstX", s.firstX()).attr("firstY", s.firstY())
          .attr("secondX", s.secondX()).attr("secondY", s.secondY());
      provenance(s.provenance());
      annotations(s.description(), s.codings(), s.noteRefs());
      xml.end();
    }
    codings(picture.codings());
    noteRefs(picture.noteRefs());
    variableValues(picture.variableValues());
    xml.end();
  }

  private void media(String element, String guid, String name, String path, String currentPath,
      Provenance provenance, String description, List<Transcript> transcripts,
      String selectionElement, List<MediaSelection> selections, List<Coding> codings,
      List<String> noteRefs, List<VariableValue> values) {
    xml.start(element).attr("guid", guid).attr("name", name).attr("path", path)
        .attr("currentPath", currentPath);
    provenance(provenance);
    xml.textElement("Description", description);
    transcripts.forEach(this::transcript);
    for (MediaSelection s : selections) {
      xml.start(selectionElement).attr("guid", s.guid()).attr("name", s.name())
          .attr("begin", s.begin()).attr("end", s.end());
      provenance(s.provenance());
      annotations(s.description(), s.codings(), s.noteRefs());
      xml.end();
    }
    codings(codings);
    noteRefs(noteRefs);
    variableValues(values);
    xml.end();
  }

  private void transcript(Transcript transcript) {
    xml.start("Transcript").attr("guid", transcript.guid()).attr("name", transcript.name())
        .attr("richTextPath", transcript.richTextPath())
        .attr("plainTextPath", transcript.plainTextPath());
    provenance(transcript.provenance());
    xml.textElement("Description", transcript.description());
    TextPositions.StandardPositions positions = textOf(transcript);
    for (Transcript.SyncPoint point : transcript.syncPoints()) {
      xml.start("SyncPoint").attr("guid", point.guid()).attr("timeStamp", point.timeStamp())
          .attr("position", point.position() == null ? null : standard(positions, point.position()))
          .end();
    }
    for (TranscriptSelection s : transcript.selections()) {
      xml.start("TranscriptSelection").attr("guid", s.guid()).attr("name", s.name())
          .attr("fromSyncPoint", s.fromSyncPoint()).attr("toSyncPoint", s.toSyncPoint());
      provenance(s.provenance());
      annotations(s.description(), s.codings(), s.noteRefs());
      xml.end();
    }
    noteRefs(transcript.noteRefs());
    xml.end();
  }

  /**
   * Writes the text inline or registers it as a file, and gives the positions to write; null when
   * the text is unknown (positions are then written as they are held).
   */
  private TextPositions.StandardPositions textOf(TextDocument document) {
    String text = document.text();
    if (text == null) {
      return null;
    }
    String path = document.plainTextPath();
    if (path == null) {
      xml.textElement("PlainTextContent", text);
    } else if (path.startsWith(SourceTexts.INTERNAL)) {
      String name = path.substring(SourceTexts.INTERNAL.length());
      String earlier = textFiles.putIfAbsent(name, text);
      if (earlier != null && !earlier.equals(text)) {
        throw new IllegalArgumentException("two different texts are to be written to '" + path
            + "' (the second for " + document.guid() + ")");
      }
    }
    return TextPositions.standard(text);
  }

  private static long standard(TextPositions.StandardPositions positions, int modelIndex) {
    return positions == null ? modelIndex : positions.toStandard(modelIndex);
  }

  void provenance(Provenance p) {
    xml.attr("creatingUser", p.creatingUser()).attr("creationDateTime", p.created())
        .attr("modifyingUser", p.modifyingUser()).attr("modifiedDateTime", p.modified());
  }

  private void annotations(String description, List<Coding> codings, List<String> noteRefs) {
    xml.textElement("Description", description);
    codings(codings);
    noteRefs(noteRefs);
  }

  private void codings(List<Coding> codings) {
    for (Coding coding : codings) {
      xml.start("Coding").attr("guid", coding.guid()).attr("creatingUser", coding.creatingUser())
          .attr("creationDateTime", coding.created());
      xml.reference("CodeRef", coding.codeGuid());
      noteRefs(coding.noteRefs());
      xml.end();
    }
  }

  void noteRefs(List<String> noteRefs) {
    noteRefs.forEach(target -> xml.reference("NoteRef", target));
  }

  void variableValues(List<VariableValue> values) {
    for (VariableValue value : values) {
      xml.start("VariableValue");
      xml.reference("VariableRef", value.variableGuid());
      if (value.type() != null) {
        xml.textElement(value.type().valueElement(), value.value());
      }
      xml.end();
    }
  }
}
