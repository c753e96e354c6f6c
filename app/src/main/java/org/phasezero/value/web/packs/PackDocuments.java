package org.phasezero.value.web.packs;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phasezero.reporting.PdfDocuments;
import org.phasezero.shared.Spreadsheets;
import org.phasezero.value.EvidencePack;
import org.phasezero.value.PackContent;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An evidence pack as a PDF (from the same fragments as its page) and as an XLSX workbook, one
 * sheet per section, both from the content kept with the pack, so every download says the same.
 */
@Component
class PackDocuments {

  private final PdfDocuments pdfs;

  PackDocuments(PdfDocuments pdfs) {
    this.pdfs = pdfs;
  }

  byte[] pdf(EvidencePack pack, PackContent content) {
    Map<String, Object> model = new HashMap<>();
    model.put("pack", pack);
    model.put("c", content);
    Locale locale = LocaleContextHolder.getLocale();
    model.put("lang", locale.getLanguage());
    model.put("dir", "ur".equals(locale.getLanguage()) ? "rtl" : "ltr");
    return pdfs.render("value/packs/pack-pdf", model);
  }

  byte[] xlsx(EvidencePack pack, PackContent c) {
    List<Spreadsheets.Sheet> sheets = new ArrayList<>();
    List<List<Object>> summary = new ArrayList<>();
    summary.add(List.of("Partnership", c.partnership()));
    summary.add(List.of("Phase", c.phase()));
    summary.add(List.of("Period from", c.from()));
    summary.add(List.of("Period to", c.to()));
    summary.add(List.of("Meetings held", c.activities().meetings()));
    summary.add(row("Attendances", c.activities().attendances()));
    summary.add(row("Different people", c.activities().people()));
    summary.add(List.of("Involvement claims paid", c.activities().paidClaims()));
    summary.add(List.of("Inputs (£)", c.money().total()));
    if (c.sroi() != null) {
      summary.add(List.of("Present value (£)", c.sroi().presentValue()));
      summary.add(List.of("Net present value (£)", c.sroi().netPresentValue()));
      summary.add(List.of("SROI ratio", c.sroi().ratio()));
      summary.add(List.of("Ratio, 5th percentile of simulations", c.sroi().ratioP5()));
      summary.add(List.of("Ratio, 95th percentile of simulations", c.sroi().ratioP95()));
    }
    summary.add(List.of("Audit position", pack.auditPosition()));
    summary.add(List.of("Content SHA-256", pack.contentHash()));
    sheets.add(new Spreadsheets.Sheet("Summary", List.of("Figure", "Value"), summary));
    sheets.add(new Spreadsheets.Sheet("Inputs", List.of("Source", "£"), List.of(
        List.of("Funding (pro rata)", c.money().funding()),
        List.of("Involvement payments (added)", c.money().involvementPayments()),
        List.of("Involvement payments inside funding (not added)", c.money().involvementInsideFunding()),
        List.of("Resources given in money", c.money().resourcesMoney()),
        List.of("Resources given in time", c.money().resourcesTime()),
        List.of("Entered by hand", c.money().other()),
        List.of("Total", c.money().total()))));
    if (c.sroi() != null) {
      sheets.add(new Spreadsheets.Sheet("SROI by stakeholder", List.of("Stakeholder", "Present value (£)", "Share"),
          c.sroi().stakeholders().stream().map(s -> List.<Object>of(s.name(), s.presentValue(), s.share())).toList()));
      sheets.add(new Spreadsheets.Sheet("Sensitivity", List.of("Outcome", "Assumption", "Ratio at low",
          "Ratio at high", "Break-even"), c.sroi().sensitivity().stream().map(s -> row(s.outcome(), s.assumption(),
              s.ratioAtLow(), s.ratioAtHigh(), s.breakEven())).toList()));
    }
    sheets.add(new Spreadsheets.Sheet("Wellbeing", List.of("Measure", "Scale", "Follow-up", "People", "Mean change",
        "95% CI low", "95% CI high", "Improved", "Threshold"), c.wellbeing().stream().map(w -> row(w.title(),
            w.scale(), w.followUp(), w.people(), w.meanChange(), w.ciLow(), w.ciHigh(), w.improved(), w.threshold()))
        .toList()));
    sheets.add(new Spreadsheets.Sheet("Other indicators", List.of("Indicator", "From", "To", "Value", "Unit",
        "Source"), c.indicators().stream().map(i -> List.<Object>of(i.name(), i.from(), i.to(), i.amount(), i.unit(),
            i.source())).toList()));
    if (c.themes() != null) {
      List<List<Object>> rows = new java.util.ArrayList<>();
      for (var t : c.themes().rows()) {
        rows.add(java.util.Arrays.asList(t.name(), t.tier(), t.community() == null ? "withheld" : t.community(),
            t.statutory() == null ? "withheld" : t.statutory(), ""));
        t.quotes().forEach(q -> rows.add(java.util.Arrays.asList(t.name(), "quote", "", "", q.text() + " ("
            + (q.side() == null ? "speaker" : q.side().toLowerCase(java.util.Locale.ROOT)) + ")")));
      }
      sheets.add(new Spreadsheets.Sheet("Themes", List.of("Theme", "Tier", "Community passages", "Statutory passages",
          "Quote"), rows));
    }
    if (c.network() != null) {
      sheets.add(new Spreadsheets.Sheet("Network", List.of("Measure", "Before the period", "At its end"), List.of(
          List.<Object>of("Linking ties between the sides", c.network().linkingTiesBefore(), c.network().linkingTiesNow()),
          List.<Object>of("Community-side members within two steps of the statutory side (share)",
              c.network().reachBefore(), c.network().reachNow()))));
    }
    if (c.games() != null && !c.games().isEmpty()) {
      sheets.add(new Spreadsheets.Sheet("Value games", List.of("Game", "Played on", "Round", "Outcome",
          "Community side (£)", "Statutory side (£)", "Everyone (£)"), c.games().stream().flatMap(g -> g.outcomes()
          .stream().map(v -> java.util.Arrays.<Object>asList(g.title(), g.playedOn(), g.round(), v.outcome(),
              v.community() == null ? "withheld" : v.community(), v.statutory() == null ? "withheld" : v.statutory(),
              v.everyone() == null ? "" : v.everyone()))).toList()));
    }
    sheets.add(new Spreadsheets.Sheet("Phases", List.of("On", "Moved to", "Reason"), c.phases().stream()
        .map(m -> List.<Object>of(m.on(), m.to(), m.reason() == null ? "" : m.reason())).toList()));
    sheets.add(new Spreadsheets.Sheet("Provenance", List.of("Figure", "Value", "From"), c.provenance().stream()
        .map(t -> List.<Object>of(t.figure(), t.value(), t.from())).toList()));
    sheets.add(new Spreadsheets.Sheet("Caveats", List.of("Caveat"), c.caveats().stream()
        .map(s -> List.<Object>of(s)).toList()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Spreadsheets.xlsx(sheets, out);
    return out.toByteArray();
  }

  /** A row whose withheld (null) cells read "withheld". */
  private static List<Object> row(Object... cells) {
    List<Object> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cell == null ? "withheld or none" : cell);
    }
    return row;
  }
}
