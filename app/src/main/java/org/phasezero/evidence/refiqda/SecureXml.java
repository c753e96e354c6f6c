package org.phasezero.evidence.refiqda;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * StAX readers that refuse DTDs: no document type declaration, hence no external entities (which
 * could read local files or call out to the network) and no entity expansion bombs. The JDK's own
 * StAX implementation is used whatever else is on the classpath, so the settings are known to hold.
 */
final class SecureXml {

  private static final XMLInputFactory FACTORY = factory();

  private SecureXml() {}

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("external resource '" + systemId + "' refused");
    });
    return factory;
  }

  /** A reader of {@code xml} that throws {@link QdpxException} on a DOCTYPE. */
  static XMLStreamReader reader(byte[] xml, String entryName) {
    try {
      XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
      return new StreamReaderDelegate(reader) {
        @Override
        public int next() throws XMLStreamException {
          int event = super.next();
          if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw new QdpxException(entryName + ":" + getLocation().getLineNumber() + ":"
                + getLocation().getColumnNumber() + ": a DOCTYPE is not allowed in a REFI-QDA "
                + "file (DTDs and entities could read local files)");
          }
          return event;
        }
      };
    } catch (XMLStreamException e) {
      throw new QdpxException(entryName + ": not XML: " + e.getMessage(), e);
    }
  }
}
