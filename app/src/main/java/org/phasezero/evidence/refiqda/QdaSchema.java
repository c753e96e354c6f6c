package org.phasezero.evidence.refiqda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * An official QDA-XML schema, compiled once: {@code Project.xsd} validating {@code project.qde}, or
 * {@code Codebook.xsd} validating a {@code .qdc} codebook. The schema is read from a file the caller
 * names: the repository's rules keep third-party schema files out of the code base, and both are
 * small (26 kB, 3 kB) and stable (1.0, 2019).
 *
 * <p>Secure processing is on and neither the schema nor the document may fetch anything external
 * (no DTDs, no imported schemas). Each problem is reported with its line and column and the
 * element (and GUID) it concerns, e.g.
 * {@code project.qde:12:80: <Code guid="…">: cvc-complex-type.4: Attribute 'isCodable' must appear}.
 */
final class QdaSchema {

  /** More than this many problems say nothing more; the rest are counted. */
  private static final int MAX_PROBLEMS = 1000;

  private final Schema schema;

  private QdaSchema(Schema schema) {
    this.schema = schema;
  }

  /** Compiles the schema at {@code xsd}. */
  static QdaSchema load(Path xsd) {
    if (!Files.isRegularFile(xsd)) {
      throw new IllegalArgumentException(xsd + ": no such schema file");
    }
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return new QdaSchema(factory.newSchema(new StreamSource(xsd.toFile())));
    } catch (SAXException e) {
      throw new IllegalArgumentException(xsd + ": not a usable XML schema: " + e.getMessage(), e);
    }
  }

  /** Every way {@code xml} breaks the schema, each starting with {@code entryName}; empty when it is valid. */
  List<String> problems(byte[] xml, String entryName) {
    List<String> problems = new ArrayList<>();
    try {
      ValidatorHandler validator = schema.newValidatorHandler();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      ElementTracker tracker = new ElementTracker(secureReader());
      tracker.setContentHandler(validator);
      validator.setErrorHandler(new Collector(tracker, problems, entryName));
      tracker.setErrorHandler(new Collector(tracker, problems, entryName));
      tracker.parse(new InputSource(new ByteArrayInputStream(xml)));
    } catch (SAXParseException e) {
      // A fatal error has been collected already; the document cannot be read further.
    } catch (SAXException | ParserConfigurationException | IOException e) {
      problems.add(entryName + ": cannot be checked: " + e.getMessage());
    }
    if (problems.size() > MAX_PROBLEMS) {
      int more = problems.size() - MAX_PROBLEMS;
      problems.subList(MAX_PROBLEMS, problems.size()).clear();
      problems.add("… and " + more + " more schema problems");
    }
    return problems;
  }

  private static XMLReader secureReader() throws ParserConfigurationException, SAXException {
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    return factory.newSAXParser().getXMLReader();
  }

  /** Passes SAX events on to the validator, remembering the open elements and their GUIDs. */
  private static final class ElementTracker extends XMLFilterImpl {
    private final Deque<String> open = new ArrayDeque<>();

    ElementTracker(XMLReader parent) {
      super(parent);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      String guid = atts.getValue("guid");
      open.push("<" + localName + (guid == null ? "" : " guid=\"" + guid + "\"") + ">");
      super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      super.endElement(uri, localName, qName);
      open.pop();
    }

    String current() {
      return open.isEmpty() ? "" : open.peek() + ": ";
    }
  }

  /** Turns each schema error into one line with its location. */
  private record Collector(ElementTracker tracker, List<String> problems, String entryName)
      implements ErrorHandler {

    @Override
    public void warning(SAXParseException e) {
      // Schema warnings (none arise from the QDA-XML schemas) do not make a file invalid.
    }

    @Override
    public void error(SAXParseException e) {
      problems.add(entryName + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
          + ": " + tracker.current() + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      error(e);
      throw e;
    }
  }
}
