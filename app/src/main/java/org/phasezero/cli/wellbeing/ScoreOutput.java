package org.phasezero.cli.wellbeing;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phasezero.analysis.wellbeing.GroupChange;
import org.phasezero.analysis.wellbeing.PersonChange;
import org.phasezero.analysis.wellbeing.WellbeingScale;
import org.phasezero.analysis.wellbeing.WellbeingScore;
import org.phasezero.cli.Json;
import org.phasezero.cli.OutputFormat;

/**
 * Prints wellbeing scores and changes as text, JSON (snake_case fields: {@code raw},
 * {@code metric}, {@code change}, {@code mean_change}, {@code ci_low} …) or CSV (one row per
 * person).
 */
final class ScoreOutput {

  private final PrintWriter out;
  private final OutputFormat format;
  private final WellbeingScale scale;
  private final double threshold;

  ScoreOutput(PrintWriter out, OutputFormat format, WellbeingScale scale, double threshold) {
    this.out = out;
    this.format = format;
    this.scale = scale;
    this.threshold = threshold;
  }

  void single(WellbeingScore s) {
    switch (format) {
      case JSON -> {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scale", scale.name());
        root.put("raw", s.raw());
        root.put("metric", s.metric());
        Json.print(out, root);
      }
      case CSV -> {
        out.println("raw,metric");
        out.println(s.raw() + "," + num(s.metric()));
      }
      case TEXT -> out.println(scale + " raw score " + s.raw()
          + (scale == WellbeingScale.SWEMWBS ? ", metric score " + num(s.metric()) : ""));
    }
  }

  void scores(List<ScoreSheet.Row> rows) {
    switch (format) {
      case JSON -> {
        Map<String, Object> root = header();
        root.put("people", rows.stream().map(ScoreOutput::person).toList());
        Json.print(out, root);
      }
      case CSV -> {
        out.println("id,raw,metric");
        rows.forEach(r -> out.println(csv(r.id()) + "," + r.score().raw() + ","
            + num(r.score().metric())));
      }
      case TEXT -> {
        out.printf(Locale.ROOT, "%s scores for %d people%n", scale, rows.size());
        out.printf(Locale.ROOT, "%-16s %5s %8s%n", "id", "raw", "metric");
        rows.forEach(r -> out.printf(Locale.ROOT, "%-16s %5d %8.2f%n", r.id(), r.score().raw(),
            r.score().metric()));
      }
    }
  }

  void changes(List<ScoreSheet.Row> rows, List<PersonChange> changes, GroupChange group,
      List<String> unpaired) {
    switch (format) {
      case JSON -> {
        Map<String, Object> root = header();
        root.put("people", rows.stream().map(ScoreOutput::person).toList());
        List<Map<String, Object>> list = new ArrayList<>();
        for (PersonChange c : changes) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", c.id());
          m.put("pre_raw", c.pre().raw());
          m.put("pre_metric", c.pre().metric());
          m.put("post_raw", c.post().raw());
          m.put("post_metric", c.post().metric());
          m.put("change", round(c.change()));
          m.put("category", c.category().name().toLowerCase(Locale.ROOT));
          list.add(m);
        }
        root.put("changes", list);
        root.put("group", group(group));
        root.put("unpaired", unpaired);
        Json.print(out, root);
      }
      case CSV -> {
        out.println("id,pre_raw,pre_metric,post_raw,post_metric,change,category");
        changes.forEach(c -> out.println(csv(c.id()) + "," + c.pre().raw() + ","
            + num(c.pre().metric()) + "," + c.post().raw() + "," + num(c.post().metric()) + ","
            + num(c.change()) + "," + c.category().name().toLowerCase(Locale.ROOT)));
      }
      case TEXT -> text(changes, group, unpaired);
    }
  }

  private void text(List<PersonChange> changes, GroupChange g, List<String> unpaired) {
    out.printf(Locale.ROOT, "%s change (post - pre, on the %s score); meaningful change >= %s%n",
        scale, scale == WellbeingScale.SWEMWBS ? "metric" : "total", num(threshold));
    out.printf(Locale.ROOT, "%-16s %8s %8s %8s  %s%n", "id", "pre", "post", "change", "category");
    for (PersonChange c : changes) {
      out.printf(Locale.ROOT, "%-16s %8.2f %8.2f %+8.2f  %s%n", c.id(), c.pre().metric(),
          c.post().metric(), c.change(), c.category().name().toLowerCase(Locale.ROOT));
    }
    out.printf(Locale.ROOT, "%ngroup: n = %d, mean change %.3f, SD %.3f, 95%% CI %.3f to %.3f%n",
        g.n(), g.meanChange(), g.sd(), g.ciLow(), g.ciHigh());
    out.printf(Locale.ROOT, "improved %d, no change %d, worsened %d%n", g.improved(),
        g.noChange(), g.worsened());
    if (!unpaired.isEmpty()) {
      out.println("without both pre and post (not in the change): " + String.join(", ", unpaired));
    }
  }

  private Map<String, Object> header() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scale", scale.name());
    root.put("threshold", threshold);
    return root;
  }

  private static Map<String, Object> person(ScoreSheet.Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    if (r.time() != null) {
      m.put("time", r.time());
    }
    m.put("raw", r.score().raw());
    m.put("metric", r.score().metric());
    return m;
  }

  private static Map<String, Object> group(GroupChange g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", g.n());
    m.put("mean_change", g.meanChange());
    m.put("sd", finite(g.sd()));
    m.put("ci_low", finite(g.ciLow()));
    m.put("ci_high", finite(g.ciHigh()));
    m.put("confidence", g.confidence());
    m.put("improved", g.improved());
    m.put("no_change", g.noChange());
    m.put("worsened", g.worsened());
    return m;
  }

  /** NaN (e.g. the SD of one change) is written as JSON null, not as a non-standard token. */
  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  /** Differences of two-decimal metric scores, shown without binary noise (2.37, not 2.3699…). */
  private static double round(double v) {
    return Math.rint(v * 1e9) / 1e9;
  }

  private static String num(double v) {
    return Double.toString(round(v));
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
