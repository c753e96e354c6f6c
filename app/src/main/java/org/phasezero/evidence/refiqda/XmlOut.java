package org.phasezero.evidence.refiqda;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes indented XML for {@code project.qde} and {@code .qdc} codebooks. Its own escaping, rather than a StAX writer's, so
 * that what is written reads back identically: line breaks and tabs in attributes are written as
 * character references (a parser would turn them into spaces), a CR in text as {@code &#13;}, and
 * a character XML 1.0 cannot carry is refused rather than written into an unreadable file.
 * Indentation is safe because no QDA-XML element mixes text and child elements.
 */
final class XmlOut {

  private final StringBuilder out = new StringBuilder(1 << 16);
  private final Deque<String> open = new ArrayDeque<>();
  private boolean startTagOpen;

  XmlOut declaration() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    return this;
  }

  XmlOut declaration(String processingInstruction) {
    declaration();
    out.append("<?").append(processingInstruction).append("?>\n");
    return this;
  }

  XmlOut start(String name) {
    closeStartTag();
    if (!open.isEmpty()) {
      newline(open.size());
    }
    out.append('<').append(name);
    open.push(name);
    startTagOpen = true;
    return this;
  }

  /** An attribute of the element just started; nothing when {@code value} is null. */
  XmlOut attr(String name, Object value) {
    if (value == null) {
      return this;
    }
    String text = value instanceof OffsetDateTime time
        ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time) : value.toString();
    out.append(' ').append(name).append("=\"");
    escape(text, true);
    out.append('"');
    return this;
  }

  /** A child element holding only text; nothing when {@code value} is null. */
  XmlOut textElement(String name, String value) {
    if (value == null) {
      return this;
    }
    start(name);
    out.append('>');
    startTagOpen = false;
    escape(value, false);
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** An element with one attribute and no content, such as {@code <CodeRef targetGUID="…"/>}. */
  XmlOut reference(String name, String targetGuid) {
    return start(name).attr("targetGUID", targetGuid).end();
  }

  XmlOut end() {
    String name = open.pop();
    if (startTagOpen) {
      out.append("/>");
      startTagOpen = false;
    } else {
      newline(open.size());
      out.append("</").append(name).append('>');
    }
    return this;
  }

  String finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed <" + open.peek() + ">");
    }
    return out.append('\n').toString();
  }

  private void closeStartTag() {
    if (startTagOpen) {
      out.append('>');
      startTagOpen = false;
    }
  }

  private void newline(int depth) {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private void escape(String text, boolean inAttribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(inAttribute ? "&quot;" : "\"");
        case '\r' -> out.append("&#13;");
        case '\n' -> out.append(inAttribute ? "&#10;" : "\n");
        case '\t' -> out.append(inAttribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            throw new IllegalArgumentException("<" + open.peek() + "> holds character U+"
                + String.format("%04X", (int) c) + ", which XML 1.0 cannot carry");
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
