package org.phasezero.shared;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads of a list as CSV or XLSX: the rows the user sees on the list page with the filters and
 * sort they chose (every page of them), in words a reader understands. Column headings and coded
 * values (roles, statuses, units) come from the message bundles, as on the page, never as raw codes.
 * Every download is audited: who exported which list, with which filters, in which format, and how
 * many rows.
 */
@Service
public class ListExports {

  /** The most rows one download holds, so that a list cannot exhaust the server's memory. */
  public static final int MAX_ROWS = 50_000;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ListExports(MessageSource messages, ApplicationEventPublisher events, Clock clock) {
    this.messages = messages;
    this.events = events;
    this.clock = clock;
  }

  /** One column of an export: its heading's message key and how to read its value from a row. */
  public record Column<T>(String headingKey, Function<T, Object> value) {}

  public static <T> Column<T> column(String headingKey, Function<T, Object> value) {
    return new Column<>(headingKey, value);
  }

  /** A cell whose text is a bundle message (for codes that are not enums, such as audit actions), or the fallback. */
  public record Message(String key, String fallback) {}

  /**
   * The list as a file, audited.
   *
   * @param list the list's name in the audit trail and the file name, e.g. {@code people}
   * @param titleKey the message key of the list's title (the XLSX sheet's name)
   * @param links the filters and sort in force
   * @param search the list's own search, asked page by page
   * @param format {@code csv} or {@code xlsx}
   */
  public <T> ResponseEntity<byte[]> download(String list, String titleKey, ListLinks links,
      Function<Page.Request, Page<T>> search, List<Column<T>> columns, String format) {
    ExportFile.Format f;
    try {
      f = ExportFile.Format.parse(format);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    List<T> rows = Page.all(search, MAX_ROWS);
    Locale locale = LocaleContextHolder.getLocale();
    List<String> headings = columns.stream().map(c -> messages.getMessage(c.headingKey(), null, locale)).toList();
    List<List<Object>> cells = new ArrayList<>(rows.size());
    for (T row : rows) {
      List<Object> line = new ArrayList<>(columns.size());
      for (Column<T> c : columns) {
        line.add(readable(c.value().apply(row), locale));
      }
      cells.add(line);
    }
    Map<String, Object> what = new LinkedHashMap<>();
    what.put("list", list);
    what.put("format", f.name());
    what.put("filters", links.filters());
    what.put("sort", links.sort().key() + " " + links.sort().direction());
    what.put("rows", rows.size());
    events.publishEvent(new AuditedAction("EXPORT", list, "list", "List of " + list + " exported as " + f.name() + ": "
        + rows.size() + (rows.size() == 1 ? " row" : " rows") + " (" + links.describe() + ")", null, what));
    String title = messages.getMessage(titleKey, null, locale);
    return ExportFile.of(headings, cells, sheetName(title), list + "-" + LocalDate.now(clock), f);
  }

  /** A value as a reader understands it: codes by their label, yes or no, dates without a time zone's clutter. */
  public Object readable(Object value, Locale locale) {
    if (value == null || value instanceof BigDecimal || value instanceof Number || value instanceof LocalDate) {
      return value;
    }
    if (value instanceof Enum<?> e) {
      return label(e, locale);
    }
    if (value instanceof Message m) {
      return messages.getMessage(m.key(), null, m.fallback(), locale);
    }
    if (value instanceof Boolean b) {
      return messages.getMessage(b ? "list.yes" : "list.no", null, locale);
    }
    if (value instanceof Instant i) {
      return TIME.format(i);
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(v -> readable(v, locale)).filter(java.util.Objects::nonNull).map(String::valueOf)
          .collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  /** The bundle's label of a code ({@code enum.RateUnit.HOUR} is "Hour"), or the code in words if there is none. */
  String label(Enum<?> e, Locale locale) {
    String fallback = e.name().charAt(0) + e.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    return messages.getMessage("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), null, fallback, locale);
  }

  /** XLSX sheet names hold at most 31 characters and none of {@code []*?/\:}. */
  static String sheetName(String title) {
    String s = title.replaceAll("[\\[\\]*?/\\\\:]", " ").strip();
    return s.isEmpty() ? "List" : s.length() > 31 ? s.substring(0, 31) : s;
  }
}
