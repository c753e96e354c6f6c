package org.phasezero.evidence.refiqda;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks {@code project.qde} (or a {@code .qdc} codebook) element by element for the element readers, with the location of each
 * problem (entry, line, column, element) in its message. Elements in another namespace (producer
 * extensions) and unknown QDA-XML elements are skipped with a warning.
 *
 * <p>Protocol: {@link #nextChild()} moves to the next child element of the current one, or returns
 * false at the current element's end; a caller then reads that child to its end with
 * {@link #text()}, {@link #finish()} or its own {@code nextChild()} loop.
 */
final class XmlCursor {

  static final String QDA_NAMESPACE = "urn:QDA-XML:project:1.0";
  static final String CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";

  private final XMLStreamReader xml;
  private final String entryName;
  private final Warnings warnings;
  private final String expectedNamespace;
  private String namespace;

  XmlCursor(XMLStreamReader xml, String entryName, Warnings warnings) {
    this(xml, entryName, warnings, QDA_NAMESPACE);
  }

  XmlCursor(XMLStreamReader xml, String entryName, Warnings warnings, String expectedNamespace) {
    this.xml = xml;
    this.entryName = entryName;
    this.warnings = warnings;
    this.expectedNamespace = expectedNamespace;
    this.namespace = expectedNamespace;
  }

  /** Moves to the root element and takes its namespace as the document's. */
  String root() {
    try {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
          if (!ns.equals(expectedNamespace)) {
            if (!ns.isEmpty()) {
              throw error("the root element is in namespace '" + ns + "', not " + expectedNamespace);
            }
            warnings.add(entryName + " has no namespace; read as " + expectedNamespace);
          }
          namespace = ns;
          return xml.getLocalName();
        }
      }
      throw error("no root element");
    } catch (XMLStreamException e) {
      throw notXml(e);
    }
  }

  String name() {
    return xml.getLocalName();
  }

  boolean nextChild() {
    try {
      while (true) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          return false;
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
          if (ns.equals(namespace)) {
            return true;
          }
          warnings.add("ignored elements of another namespace: {" + ns + "}" + xml.getLocalName());
          skipToEnd();
        }
      }
    } catch (XMLStreamException e) {
      throw notXml(e);
    }
  }

  /** Skips an element the caller does not know, with a warning. */
  void skipUnknown(String parent) {
    warnings.add("ignored unknown element <" + name() + "> in <" + parent + ">");
    skipToEnd();
  }

  /** Reads the rest of an element that should have no children, skipping any with a warning. */
  void finish() {
    String element = name();
    while (nextChild()) {
      skipUnknown(element);
    }
  }

  /** The text content of the current element, read to its end. */
  String text() {
    String element = name();
    StringBuilder text = new StringBuilder();
    try {
      while (true) {
        int event = xml.next();
        if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          text.append(xml.getText());
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          skipUnknown(element);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          return text.toString();
        }
      }
    } catch (XMLStreamException e) {
      throw notXml(e);
    }
  }

  String attr(String name) {
    return xml.getAttributeValue(null, name);
  }

  /** Warns of each attribute of the current element that is not one of {@code known}. */
  void warnUnknownAttributes(java.util.Set<String> known) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String ns = xml.getAttributeNamespace(i);
      String local = xml.getAttributeLocalName(i);
      if ((ns != null && !ns.isEmpty()) || !known.contains(local)) {
        warnings.add("ignored unknown attribute " + (ns == null || ns.isEmpty() ? "" : "{" + ns + "}") + local
            + " of <" + name() + ">");
      }
    }
  }

  String required(String name) {
    String value = attr(name);
    if (value == null) {
      throw error("<" + name() + "> lacks its required attribute " + name);
    }
    return value;
  }

  String guid() {
    return required("guid").strip();
  }

  /** The {@code targetGUID} of a reference element, read to its end. */
  String target() {
    String target = required("targetGUID").strip();
    finish();
    return target;
  }

  long requiredLong(String name) {
    return parseLong(name, required(name));
  }

  Long optionalLong(String name) {
    String value = attr(name);
    return value == null ? null : parseLong(name, value);
  }

  private long parseLong(String name, String value) {
    try {
      return Long.parseLong(value.strip().replaceFirst("^\\+", ""));
    } catch (NumberFormatException e) {
      throw error("<" + name() + "> has " + name + "='" + value + "', not a whole number in range");
    }
  }

  boolean requiredBoolean(String name) {
    String value = required(name).strip();
    return switch (value) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw error("<" + name() + "> has " + name + "='" + value + "', not true or false");
    };
  }

  /** An {@code xsd:dateTime}; without a zone it is read as UTC, unreadable it is dropped. */
  OffsetDateTime dateTime(String name) {
    String value = attr(name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip());
    } catch (DateTimeParseException withoutZone) {
      try {
        OffsetDateTime utc = LocalDateTime.parse(value.strip()).atOffset(ZoneOffset.UTC);
        warnings.add("date-times without a time zone read as UTC");
        return utc;
      } catch (DateTimeParseException e) {
        warnings.add(where() + ": <" + name() + "> " + name + "='" + value
            + "' is not a date-time; dropped");
        return null;
      }
    }
  }

  Provenance provenance() {
    return new Provenance(optionalGuid("creatingUser"), dateTime("creationDateTime"),
        optionalGuid("modifyingUser"), dateTime("modifiedDateTime"));
  }

  String optionalGuid(String name) {
    String value = attr(name);
    return value == null ? null : value.strip();
  }

  /** Where the cursor is, e.g. {@code project.qde:12:40}. */
  String where() {
    return entryName + ":" + xml.getLocation().getLineNumber() + ":"
        + xml.getLocation().getColumnNumber();
  }

  QdpxException error(String problem) {
    return new QdpxException(where() + ": " + problem);
  }

  private QdpxException notXml(XMLStreamException e) {
    String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
    // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the location is given once.
    message = message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    return new QdpxException(where() + ": malformed XML: " + message.strip(), e);
  }

  private void skipToEnd() {
    try {
      int depth = 1;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    } catch (XMLStreamException e) {
      throw notXml(e);
    }
  }
}
