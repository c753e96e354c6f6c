package org.phasezero.discourse.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.phasezero.discourse.PostFormat;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a posts export one record at a time, whatever its size: CSV with a header row, a JSON array
 * of objects, or JSON Lines. A record is its fields as text, or, for a line that cannot be read, the
 * reason; {@code line} is the record's line in the file (the line it starts on), so that a person
 * can find it. A JSON array that breaks off cannot be read past the break: its reader stops there
 * with the reason.
 */
public final class PostReader implements Iterator<PostReader.Record>, AutoCloseable {

  /** One record: its fields, or {@code problem} when it could not be read. */
  public record Record(long line, Map<String, String> fields, String problem) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final PostFormat format;
  private final Reader reader;
  private CSVParser csv;
  private Iterator<CSVRecord> rows;
  private BufferedReader lines;
  private long lineNo;
  private JsonParser parser;
  private boolean broken;
  private Record next;

  public PostReader(Reader reader, PostFormat format) {
    this.format = format;
    this.reader = reader;
    try {
      switch (format) {
        case CSV -> {
          csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
              .setAllowMissingColumnNames(true)
              .setTrim(false).get().parse(reader);
          rows = csv.iterator();
          lineNo = csv.getCurrentLineNumber();
        }
        case JSONL -> lines = new BufferedReader(reader);
        case JSON -> {
          parser = JSON.createParser(reader);
          if (parser.nextToken() != JsonToken.START_ARRAY) {
            next = new Record(1, Map.of(), "A JSON file must hold an array of posts, [ {…}, {…} ].");
            broken = true;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      next = new Record(1, Map.of(), "The file could not be read: " + e.getMessage());
      broken = true;
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !broken) {
      next = read();
    }
    return next != null;
  }

  @Override
  public Record next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Record r = next;
    next = null;
    return r;
  }

  private Record read() {
    try {
      return switch (format) {
        case CSV -> csvRecord();
        case JSONL -> jsonLine();
        case JSON -> jsonElement();
      };
    } catch (UncheckedIOException | IllegalStateException e) {
      broken = true;
      return new Record(lineNo + 1, Map.of(), "The file cannot be read past here: " + e.getMessage());
    }
  }

  private Record csvRecord() {
    if (!rows.hasNext()) {
      return null;
    }
    CSVRecord r = rows.next();
    // A quoted cell may run over several lines: the record starts on the line after the last one's end.
    long line = lineNo + 1;
    lineNo = csv.getCurrentLineNumber();
    if (!r.isConsistent()) {
      return new Record(line, Map.of(), "has " + r.size() + " cells where the header has " + csv.getHeaderNames().size());
    }
    return new Record(line, new LinkedHashMap<>(r.toMap()), null);
  }

  private Record jsonLine() {
    try {
      String text;
      do {
        text = lines.readLine();
        if (text == null) {
          return null;
        }
        lineNo++;
      } while (text.isBlank());
      try {
        JsonNode node = JSON.readTree(text);
        if (!node.isObject()) {
          return new Record(lineNo, Map.of(), "is not a JSON object");
        }
        return new Record(lineNo, fields(node), null);
      } catch (RuntimeException e) {
        return new Record(lineNo, Map.of(), "is not valid JSON (" + firstLine(e.getMessage()) + ")");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Record jsonElement() {
    JsonToken t = parser.nextToken();
    if (t == null || t == JsonToken.END_ARRAY) {
      return null;
    }
    long line = parser.currentTokenLocation().getLineNr();
    lineNo = line;
    JsonNode node = JSON.readTree(parser);
    if (node == null || !node.isObject()) {
      return new Record(line, Map.of(), "is not a JSON object");
    }
    return new Record(line, fields(node), null);
  }

  /** An object's fields as text: strings as they are, numbers and booleans written out, nested values as JSON. */
  private static Map<String, String> fields(JsonNode node) {
    Map<String, String> f = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode v = e.getValue();
      f.put(e.getKey(), v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString());
    }
    return f;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  @Override
  public void close() {
    try {
      if (csv != null) {
        csv.close();
      }
      if (parser != null) {
        parser.close();
      }
      reader.close();
    } catch (IOException e) {
      // Closing a file that was only read: nothing is lost.
    }
  }
}
