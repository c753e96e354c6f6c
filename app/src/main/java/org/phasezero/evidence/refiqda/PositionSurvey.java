package org.phasezero.evidence.refiqda;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A first quick pass over {@code project.qde} that gathers what {@link ProducerPositions} needs
 * before any selection is read: the producer ({@code origin}), whether PhaseZero wrote the file,
 * and each plain text with the positions of the selections made in it. Reading twice keeps the
 * model's records immutable and built once; the pass costs a few milliseconds.
 */
final class PositionSurvey {

  /** Marks files PhaseZero wrote, whose positions are standard whatever their origin says. */
  static final String WRITER_INSTRUCTION = "phasezero";

  private static final Set<String> TEXT_SOURCE_ELEMENTS =
      Set.of("TextSource", "Note", "TextDescription", "Representation");

  private PositionSurvey() {}

  /** The convention to read positions with; a warning is added when the data overrules origin. */
  static PositionConvention convention(byte[] projectXml, SourceTexts texts, Warnings warnings) {
    XMLStreamReader xml = SecureXml.reader(projectXml, QdpxArchive.PROJECT_ENTRY);
    String origin = null;
    boolean writtenByPhaseZero = false;
    List<ProducerPositions.Sample> samples = new ArrayList<>();
    Deque<Pending> open = new ArrayDeque<>();
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.PROCESSING_INSTRUCTION
            && WRITER_INSTRUCTION.equals(xml.getPITarget())) {
          writtenByPhaseZero = true;
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("Project")) {
            origin = xml.getAttributeValue(null, "origin");
          } else if (TEXT_SOURCE_ELEMENTS.contains(name)) {
            String path = xml.getAttributeValue(null, "plainTextPath");
            // Warnings about the files come from the full read, not from this pass.
            String raw = texts.peek(path);
            open.push(new Pending(raw, new ArrayList<>()));
          } else if (name.equals("PlainTextContent") && !open.isEmpty() && open.peek().raw == null) {
            open.push(new Pending(xml.getElementText(), open.pop().spans));
          } else if (name.equals("PlainTextSelection") && !open.isEmpty()) {
            long[] span = span(xml);
            if (span != null) {
              open.peek().spans.add(span);
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && TEXT_SOURCE_ELEMENTS.contains(xml.getLocalName()) && !open.isEmpty()) {
          Pending done = open.pop();
          if (done.raw != null && !done.spans.isEmpty()) {
            samples.add(new ProducerPositions.Sample(done.raw, done.spans));
          }
        }
      }
    } catch (XMLStreamException e) {
      // The full read reports malformed XML with its location; the survey just stops.
    }
    if (writtenByPhaseZero) {
      return PositionConvention.STANDARD;
    }
    ProducerPositions.Choice choice = ProducerPositions.choose(origin, samples);
    if (choice.warning() != null) {
      warnings.add(choice.warning());
    }
    return choice.convention();
  }

  private static long[] span(XMLStreamReader xml) {
    try {
      return new long[] {
          Long.parseLong(xml.getAttributeValue(null, "startPosition").strip()),
          Long.parseLong(xml.getAttributeValue(null, "endPosition").strip())};
    } catch (RuntimeException e) {
      return null;
    }
  }

  private record Pending(String raw, List<long[]> spans) {}
}
