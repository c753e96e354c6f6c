package org.phasezero.evidence.themes.web;

import jakarta.validation.Valid;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.themes.NetworkForm;
import org.phasezero.evidence.themes.ThematicNetwork;
import org.phasezero.evidence.themes.ThematicNetworks;
import org.phasezero.evidence.themes.Theme;
import org.phasezero.evidence.themes.ThemeEvidence;
import org.phasezero.evidence.themes.ThemeForm;
import org.phasezero.evidence.themes.Themes;
import org.phasezero.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A project's thematic networks, and each network's page: the drawing (inline SVG, no script), the
 * same themes as a nested list with their passages by side, and the forms that name the network and
 * add themes. Plain forms, so everything works without JavaScript.
 */
@Controller
class NetworkPages {

  private final ResearchProjects projects;
  private final ThematicNetworks networks;
  private final Themes themes;
  private final ThemeEvidence evidence;
  private final org.springframework.context.MessageSource messages;
  private final org.phasezero.evidence.themes.NetworkVersions versions;
  private final org.phasezero.evidence.themes.NetworkCodebook codebookExport;
  private final org.phasezero.reporting.PdfDocuments pdfs;
  private final java.time.Clock clock;

  NetworkPages(ResearchProjects projects, ThematicNetworks networks, Themes themes, ThemeEvidence evidence,
      org.springframework.context.MessageSource messages, org.phasezero.evidence.themes.NetworkVersions versions,
      org.phasezero.evidence.themes.NetworkCodebook codebookExport, org.phasezero.reporting.PdfDocuments pdfs,
      java.time.Clock clock) {
    this.pdfs = pdfs;
    this.clock = clock;
    this.codebookExport = codebookExport;
    this.messages = messages;
    this.versions = versions;
    this.projects = projects;
    this.networks = networks;
    this.themes = themes;
    this.evidence = evidence;
  }

  @GetMapping("/research/{projectId}/themes")
  String list(@PathVariable long projectId, Model model) {
    ResearchProject project = projects.get(projectId);
    model.addAttribute("project", project);
    model.addAttribute("networks", networks.ofProject(projectId));
    model.addAttribute("mayWork", !project.voided());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new NetworkForm());
    }
    return "research/themes/networks";
  }

  @PostMapping("/research/{projectId}/themes")
  String create(@PathVariable long projectId, @Valid @ModelAttribute("form") NetworkForm form, BindingResult result,
      Model model) {
    return FormErrors.submit(result, () -> "redirect:/research/theme-networks/" + networks.create(projectId, form).id()
        + "?added", () -> list(projectId, model));
  }

  @GetMapping("/research/theme-networks/{id}")
  String show(@PathVariable long id, Model model) {
    ThemeEvidence.Trace trace = evidence.trace(id);
    ThematicNetwork network = trace.network();
    ResearchProject project = projects.get(network.projectId());
    model.addAttribute("project", project);
    model.addAttribute("network", network);
    model.addAttribute("trace", trace);
    model.addAttribute("caseMatrix", evidence.caseMatrix(trace));
    model.addAttribute("drawing", trace.global() == null ? null : NetworkDiagram.of(trace.global()));
    model.addAttribute("parents", themes.ofNetwork(id).stream().filter(t -> t.tier() != Theme.Tier.BASIC).toList());
    model.addAttribute("tiers", trace.global() == null ? new Theme.Tier[] {Theme.Tier.GLOBAL}
        : new Theme.Tier[] {Theme.Tier.ORGANISING, Theme.Tier.BASIC});
    model.addAttribute("mayWork", !network.voided() && !project.voided());
    model.addAttribute("versions", versions.ofNetwork(id));
    if (!model.containsAttribute("form")) {
      NetworkForm form = new NetworkForm(network.name(), network.description());
      form.setVersion(network.version());
      model.addAttribute("form", form);
    }
    if (!model.containsAttribute("themeForm")) {
      model.addAttribute("themeForm", new ThemeForm(null, trace.global() == null ? Theme.Tier.GLOBAL : null, null));
    }
    return "research/themes/network";
  }

  /**
   * The network as a PDF: the same diagram as the page, the themes with their passages by side, and
   * the themes across sides (audited as a download, like the table).
   */
  @GetMapping("/research/theme-networks/{id}/network.pdf")
  org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable long id) {
    ThemeEvidence.Trace trace = evidence.trace(id);
    ThematicNetwork network = trace.network();
    java.util.Map<String, Object> model = new java.util.HashMap<>();
    model.put("project", projects.get(network.projectId()));
    model.put("network", network);
    model.put("trace", trace);
    model.put("caseMatrix", evidence.caseMatrix(trace));
    model.put("drawing", trace.global() == null ? null : NetworkDiagram.of(trace.global()));
    java.util.Map<Long, java.util.List<IllustrativeQuotes.Quote>> quotes = new java.util.HashMap<>();
    java.util.Map<Long, Integer> passages = new java.util.HashMap<>();
    for (ThemeEvidence.Node n : trace.global() == null ? java.util.List.<ThemeEvidence.Node>of() : trace.nodes()) {
      if (n.theme().tier() == Theme.Tier.BASIC) {
        var all = evidence.quotes(n.theme().id(), null, null);
        quotes.put(n.theme().id(), IllustrativeQuotes.of(all));
        passages.put(n.theme().id(), all.size());
      }
    }
    model.put("quotes", quotes);
    model.put("passages", passages);
    model.put("generatedOn", java.time.LocalDate.now(clock));
    java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    model.put("lang", locale.getLanguage());
    model.put("dir", "ur".equals(locale.getLanguage()) ? "rtl" : "ltr");
    byte[] pdf = pdfs.render("research/themes/network-pdf", model);
    evidence.auditDownload(network, "PDF");
    return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
            .attachment().filename("thematic-network-" + id + ".pdf").build().toString())
        .body(pdf);
  }

  /** Each theme's passages by side and by case, as CSV or XLSX (audited). */
  @GetMapping("/research/theme-networks/{id}/table")
  org.springframework.http.ResponseEntity<byte[]> table(@PathVariable long id,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "csv") String format) {
    org.phasezero.shared.ExportFile.Format chosen = org.phasezero.shared.ExportFile.Format.parse(format);
    ThemeEvidence.Trace trace = evidence.trace(id);
    ThemeEvidence.CaseMatrix m = evidence.caseMatrix(trace);
    java.util.List<String> headings = new java.util.ArrayList<>(java.util.List.of(label("themes.table.theme"),
        label("themes.table.tier")));
    trace.sides().forEach(s -> headings.add(label("enum.Side." + s)));
    headings.add(label("matrix.unlinked"));
    m.cases().forEach(c -> headings.add(c.name()));
    java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
    for (int t = 0; t < m.themes().size(); t++) {
      ThemeEvidence.Node n = m.themes().get(t);
      java.util.List<Object> row = new java.util.ArrayList<>(java.util.List.of(n.theme().name(),
          label("enum.Tier." + n.theme().tier())));
      trace.sides().forEach(s -> row.add(n.counts().of(s)));
      row.add(n.counts().unlinked());
      for (long count : m.counts()[t]) {
        row.add(count);
      }
      rows.add(row);
    }
    evidence.auditDownload(trace.network(), chosen.name());
    return org.phasezero.shared.ExportFile.of(headings, rows, "themes", "themes-" + id, chosen);
  }

  private String label(String key) {
    return messages.getMessage(key, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
  }

  @PostMapping("/research/theme-networks/{id}")
  String update(@PathVariable long id, @Valid @ModelAttribute("form") NetworkForm form, BindingResult result,
      Model model) {
    return FormErrors.submit(result, () -> {
      networks.update(id, form);
      return "redirect:/research/theme-networks/" + id + "?saved";
    }, () -> show(id, model));
  }

  /** The network as a REFI-QDA codebook: the themes as a code hierarchy and sets of their codes (audited). */
  @GetMapping("/research/theme-networks/{id}/codebook.qdc")
  org.springframework.http.ResponseEntity<byte[]> codebook(@PathVariable long id) {
    byte[] qdc = codebookExport.export(id);
    return org.springframework.http.ResponseEntity.ok()
        .header("Content-Type", "application/xml")
        .header("Content-Disposition", "attachment; filename=\"thematic-network-" + id + ".qdc\"")
        .body(qdc);
  }

  /** Freezes the network as it stands, under a label ("as presented to the forum on 12 March"). */
  @PostMapping("/research/theme-networks/{id}/versions")
  String freeze(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(required = false) String label,
      Model model) {
    try {
      versions.freeze(id, label);
    } catch (org.phasezero.shared.Conflict e) {
      model.addAttribute("versionError", e.getMessage());
      return show(id, model);
    }
    return "redirect:/research/theme-networks/" + id + "?saved#versions";
  }

  /** A frozen version beside the network now, theme by theme. */
  @GetMapping("/research/theme-network-versions/{versionId}")
  String compare(@PathVariable long versionId, Model model) {
    org.phasezero.evidence.themes.NetworkVersions.Comparison c = versions.compare(versionId);
    model.addAttribute("comparison", c);
    model.addAttribute("network", c.network());
    model.addAttribute("project", projects.get(c.network().projectId()));
    model.addAttribute("rows", versions.rows(versionId));
    return "research/themes/version";
  }

  @PostMapping("/research/theme-networks/{id}/themes")
  String addTheme(@PathVariable long id, @Valid @ModelAttribute("themeForm") ThemeForm form, BindingResult result,
      Model model) {
    return FormErrors.submit(result, () -> "redirect:/research/theme-networks/" + id + "?added#theme-"
        + themes.add(id, form).id(), () -> show(id, model));
  }
}
