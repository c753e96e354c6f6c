package org.phasezero.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Dates as people type them: the NHS.UK date input sends a date as three fields, {@code x-day},
 * {@code x-month} and {@code x-year}. This joins them into the one field {@code x} that forms bind,
 * as {@code yyyy-mm-dd} when all three are whole numbers, or as typed otherwise, so that the usual
 * date rule answers "Enter a real date…" in the error summary (31 2 2025 is not a date). All three
 * empty is no date. Requests without such fields pass through untouched.
 */
@Component
class DateInputParts extends OncePerRequestFilter {

  static final String DAY = "-day";
  static final String MONTH = "-month";
  static final String YEAR = "-year";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Map<String, String[]> joined = join(request.getParameterMap());
    chain.doFilter(joined == null ? request : new Joined(request, joined), response);
  }

  /** The parameters with each date's parts joined, or null when there are no date parts. */
  static Map<String, String[]> join(Map<String, String[]> params) {
    Map<String, String[]> out = null;
    for (String name : params.keySet()) {
      if (!name.endsWith(DAY)) {
        continue;
      }
      String field = name.substring(0, name.length() - DAY.length());
      if (!params.containsKey(field + MONTH) || !params.containsKey(field + YEAR) || params.containsKey(field)) {
        continue;
      }
      if (out == null) {
        out = new LinkedHashMap<>(params);
      }
      out.put(field, new String[] {date(first(params, name), first(params, field + MONTH), first(params, field + YEAR))});
    }
    return out;
  }

  static String date(String typedDay, String typedMonth, String typedYear) {
    String day = typedDay.strip();
    String month = typedMonth.strip();
    String year = typedYear.strip();
    if (day.isBlank() && month.isBlank() && year.isBlank()) {
      return "";
    }
    if (day.matches("\\d{1,2}") && month.matches("\\d{1,2}") && year.matches("\\d{4}")) {
      return "%s-%02d-%02d".formatted(year, Integer.parseInt(month), Integer.parseInt(day));
    }
    return (day + " " + month + " " + year).strip();
  }

  private static String first(Map<String, String[]> params, String name) {
    String[] v = params.get(name);
    return v == null || v.length == 0 || v[0] == null ? "" : v[0].strip();
  }

  private static final class Joined extends HttpServletRequestWrapper {
    private final Map<String, String[]> params;

    Joined(HttpServletRequest request, Map<String, String[]> params) {
      super(request);
      this.params = Collections.unmodifiableMap(params);
    }

    @Override
    public String getParameter(String name) {
      String[] v = params.get(name);
      return v == null || v.length == 0 ? null : v[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return params;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(params.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return params.get(name);
    }
  }
}
