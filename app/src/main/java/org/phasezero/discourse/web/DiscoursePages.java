package org.phasezero.discourse.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.phasezero.analysis.corpus.Concordance;
import org.phasezero.discourse.Analyses;
import org.phasezero.discourse.Corpora;
import org.phasezero.discourse.CorpusForm;
import org.phasezero.discourse.CorpusKind;
import org.phasezero.discourse.DiscourseCorpus;
import org.phasezero.discourse.PostImports;
import org.phasezero.discourse.SparkResult;
import org.phasezero.discourse.SparkResults;
import org.phasezero.discourse.SubCorpus;
import org.phasezero.discourse.SubCorpusForm;
import org.phasezero.discourse.WordListForm;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.SourceKind;
import org.phasezero.evidence.themes.ThematicNetworks;
import org.phasezero.evidence.themes.Themes;
import org.phasezero.network.Side;
import org.phasezero.shared.Choice;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.ExportFile;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.phasezero.spaces.MeetingWords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Discourse as researchers use it: the corpora of their projects, a corpus with its sub-corpora and
 * the analyses, each analysis's page (downloadable as CSV or XLSX with {@code ?format=}), sub-corpus
 * and word list forms, and the post or meeting a keyword-in-context line links to.
 */
@Controller
@RequestMapping("/discourse")
class DiscoursePages {

  private static final String CORPUS = "/discourse/corpora/";
  private static final String SPARK = "/discourse/spark-results/";

  private final Corpora corpora;
  private final Analyses analyses;
  private final PostImports imports;
  private final ResearchProjects projects;
  private final Codebook codebook;
  private final ThematicNetworks networks;
  private final Themes themes;
  private final SparkResults sparkResults;

  DiscoursePages(Corpora corpora, Analyses analyses, PostImports imports, ResearchProjects projects,
      Codebook codebook, ThematicNetworks networks, Themes themes, SparkResults sparkResults) {
    this.sparkResults = sparkResults;
    this.corpora = corpora;
    this.analyses = analyses;
    this.imports = imports;
    this.projects = projects;
    this.codebook = codebook;
    this.networks = networks;
    this.themes = themes;
  }

  @GetMapping
  String list(@RequestParam(required = false) Long projectId, Model model) {
    model.addAttribute("corpora", corpora.list(projectId));
    model.addAttribute("sparkResults", sparkResults.list(projectId));
    model.addAttribute("projects", projects.visible());
    return "discourse/list";
  }

  @GetMapping("/new")
  String form(@RequestParam(required = false) Long projectId, Model model) {
    Corpora.requireResearchRole();
    CorpusForm form = new CorpusForm();
    form.setProjectId(projectId);
    form.setKind(CorpusKind.EVIDENCE);
    return form(model, form);
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") CorpusForm form, BindingResult result, Model model) {
    Corpora.requireResearchRole();
    return FormErrors.submit(result, () -> "redirect:" + CORPUS + corpora.create(form).id() + "?added",
        () -> form(model, form));
  }

  private String form(Model model, CorpusForm form) {
    model.addAttribute("projectChoices", projects.visible().stream().filter(p -> !p.voided())
        .map(p -> new Choice(p.id(), p.name())).toList());
    model.addAttribute("kinds", CorpusKind.values());
    model.addAttribute("partnershipChoices", corpora.partnershipChoices());
    model.addAttribute("form", form);
    return "discourse/form";
  }

  @GetMapping("/corpora/{id}")
  String show(@PathVariable long id, Model model) {
    DiscourseCorpus c = corpora.get(id);
    model.addAttribute("corpus", c);
    model.addAttribute("subs", corpora.subCorpora(id));
    model.addAttribute("wordLists", corpora.wordLists(c.projectId()));
    model.addAttribute("imports", c.kind() == CorpusKind.POSTS ? imports.ofCorpus(id) : List.of());
    model.addAttribute("posts", c.kind() == CorpusKind.POSTS ? imports.count(id) : 0L);
    model.addAttribute("partnershipName", corpora.partnershipName(c));
    model.addAttribute("mayWork", !c.voided() && !projects.get(c.projectId()).voided());
    return "discourse/corpus";
  }

  @GetMapping("/corpora/{id}/frequencies")
  Object frequencies(@PathVariable long id, @RequestParam(required = false) Long sub,
      @RequestParam(defaultValue = "100") int top, @RequestParam(required = false) String format, Model model) {
    Analyses.Frequencies f = analyses.frequencies(id, sub, top);
    if (format != null) {
      return DiscourseTables.frequencies(f, ExportFile.Format.parse(format));
    }
    return analysisPage(id, sub, "frequencies", model).with("result", f);
  }

  @GetMapping("/corpora/{id}/ngrams")
  Object ngrams(@PathVariable long id, @RequestParam(required = false) Long sub, @RequestParam(defaultValue = "2") int n,
      @RequestParam(defaultValue = "2") String minFreq, @RequestParam(defaultValue = "100") int top,
      @RequestParam(required = false) String format, Model model, HttpServletResponse response) {
    Page page = analysisPage(id, sub, "ngrams", model);
    model.addAttribute("n", n);
    model.addAttribute("minFreq", minFreq);
    try {
      Analyses.NGramList g = analyses.ngrams(id, sub, n, whole(minFreq, 2, "minFreq"), top);
      if (format != null) {
        return DiscourseTables.ngrams(g, ExportFile.Format.parse(format));
      }
      return page.with("result", g);
    } catch (Conflict e) {
      return page.problem(e, response);
    }
  }

  @GetMapping("/corpora/{id}/kwic")
  Object kwic(@PathVariable long id, @RequestParam(required = false) Long sub,
      @RequestParam(required = false) String word, @RequestParam(defaultValue = "8") String width,
      @RequestParam(defaultValue = "NONE") Concordance.Sort sort, @RequestParam(defaultValue = "0") int offset,
      @RequestParam(required = false) String format, Model model, HttpServletResponse response) {
    Page page = analysisPage(id, sub, "kwic", model);
    model.addAttribute("word", word);
    model.addAttribute("width", width);
    model.addAttribute("sort", sort);
    model.addAttribute("sorts", Concordance.Sort.values());
    if (word == null || word.isBlank()) {
      return page.view();
    }
    try {
      if (format != null) {
        return DiscourseTables.kwic(analyses.kwic(id, sub, word, whole(width, 8, "width"), sort, offset,
            Analyses.MAX_LINES), ExportFile.Format.parse(format));
      }
      Analyses.KwicOverTime k = analyses.kwicOverTime(id, sub, word, whole(width, 8, "width"), sort, offset, 50);
      model.addAttribute("overTime", k.overTime());
      model.addAttribute("charts", CountsChart.of(k.overTime()));
      return page.with("result", k.kwic());
    } catch (Conflict e) {
      return page.problem(e, response);
    }
  }

  @GetMapping("/corpora/{id}/collocates")
  Object collocates(@PathVariable long id, @RequestParam(required = false) Long sub,
      @RequestParam(required = false) String node, @RequestParam(defaultValue = "5") String window,
      @RequestParam(defaultValue = "logdice") String measure, @RequestParam(defaultValue = "3") String minFreq,
      @RequestParam(defaultValue = "50") int top, @RequestParam(required = false) String format, Model model,
      HttpServletResponse response) {
    Page page = analysisPage(id, sub, "collocates", model);
    model.addAttribute("node", node);
    model.addAttribute("window", window);
    model.addAttribute("measure", measure);
    model.addAttribute("minFreq", minFreq);
    if (node == null || node.isBlank()) {
      return page.view();
    }
    try {
      Analyses.Collocation c = analyses.collocates(id, sub, node, whole(window, 5, "window"), measure,
          whole(minFreq, 3, "minFreq"), top);
      if (format != null) {
        return DiscourseTables.collocates(c, ExportFile.Format.parse(format));
      }
      return page.with("result", c);
    } catch (Conflict e) {
      return page.problem(e, response);
    }
  }

  @GetMapping("/corpora/{id}/keyness")
  Object keyness(@PathVariable long id, @RequestParam(required = false) Long target,
      @RequestParam(required = false) Long reference, @RequestParam(defaultValue = "ll") String ranking,
      @RequestParam(defaultValue = "3") String minFreq, @RequestParam(defaultValue = "false") boolean underused,
      @RequestParam(defaultValue = "50") int top, @RequestParam(required = false) String format,
      @RequestParam(required = false) String compare, Model model, HttpServletResponse response) {
    Page page = analysisPage(id, null, "keyness", model);
    if (compare == null && format == null && target == null && reference == null) {
      // A first visit offers a comparison that can be made at once: the first sub-corpus against
      // the second (community against statutory voice, as the demo defines them), or the whole corpus.
      List<SubCorpus> subs = page.subs();
      target = subs.isEmpty() ? null : subs.get(0).id();
      reference = subs.size() < 2 ? null : subs.get(1).id();
    }
    model.addAttribute("target", target);
    model.addAttribute("reference", reference);
    model.addAttribute("ranking", ranking);
    model.addAttribute("minFreq", minFreq);
    model.addAttribute("underused", underused);
    if (compare == null && format == null) {
      return page.view();
    }
    try {
      Analyses.KeynessResult k = analyses.keyness(id, target, reference, ranking, whole(minFreq, 3, "minFreq"),
          underused, top);
      if (format != null) {
        return DiscourseTables.keyness(k, ExportFile.Format.parse(format));
      }
      return page.with("result", k);
    } catch (Conflict e) {
      return page.problem(e, response);
    }
  }

  @GetMapping("/corpora/{id}/counts")
  Object counts(@PathVariable long id, @RequestParam(required = false) Long sub,
      @RequestParam(required = false) Long list, @RequestParam(required = false) String format, Model model,
      HttpServletResponse response) {
    Page page = analysisPage(id, sub, "counts", model);
    model.addAttribute("list", list);
    if (list == null) {
      return page.view();
    }
    try {
      Analyses.Counts c = analyses.count(id, sub, list);
      if (format != null) {
        return DiscourseTables.counts(c, ExportFile.Format.parse(format));
      }
      model.addAttribute("charts", CountsChart.of(c));
      return page.with("result", c);
    } catch (Conflict e) {
      return page.problem(e, response);
    }
  }

  /** An analysis page: the corpus, its sub-corpora and word lists for the form, the one chosen. */
  private Page analysisPage(long id, Long sub, String view, Model model) {
    DiscourseCorpus c = corpora.get(id);
    model.addAttribute("corpus", c);
    List<SubCorpus> subs = corpora.subCorpora(id);
    model.addAttribute("subs", subs);
    model.addAttribute("sub", sub);
    model.addAttribute("wordLists", corpora.wordLists(c.projectId()));
    return new Page("discourse/" + view, model, subs);
  }

  private record Page(String view, Model model, List<SubCorpus> subs) {
    String with(String name, Object value) {
      model.addAttribute(name, value);
      return view;
    }

    /** The form again with what was asked kept, the problem above it, linked to the field it is about. */
    String problem(Conflict e, HttpServletResponse response) {
      response.setStatus(409);
      model.addAttribute("problem", e.getMessage());
      model.addAttribute("problemField", e.field());
      return view;
    }
  }

  private static final Map<String, String> NUMBER_WORDS = Map.of(
      "width", "the number of words either side",
      "window", "the number of words either side",
      "minFreq", "the minimum frequency");

  /**
   * A number typed into an analysis's form: {@code empty} when left blank, otherwise a whole number;
   * letters are a problem shown on the form (with what was typed kept), not a bare error page.
   */
  static int whole(String typed, int empty, String field) {
    if (typed == null || typed.isBlank()) {
      return empty;
    }
    try {
      return Integer.parseInt(typed.strip());
    } catch (NumberFormatException e) {
      throw new Conflict(field, "Enter " + NUMBER_WORDS.get(field) + " as a whole number, like " + empty + ".");
    }
  }

  @GetMapping("/corpora/{id}/posts/{postId}")
  String post(@PathVariable long id, @PathVariable long postId, Model model) {
    model.addAttribute("corpus", corpora.get(id));
    model.addAttribute("post", imports.post(id, postId));
    return "discourse/post";
  }

  /** A meeting's minutes as the corpus reads them: where a keyword-in-context line of minutes leads. */
  @GetMapping("/corpora/{id}/meetings/{meetingId}")
  String meeting(@PathVariable long id, @PathVariable long meetingId, Model model) {
    List<MeetingWords.Text> minutes = corpora.minutes(id, meetingId);
    model.addAttribute("corpus", corpora.get(id));
    model.addAttribute("meeting", minutes.get(0));
    model.addAttribute("minutes", minutes);
    return "discourse/meeting";
  }

  @GetMapping("/corpora/{id}/subcorpora/new")
  String subForm(@PathVariable long id, Model model) {
    return subForm(model, corpora.requireWorkable(id), new SubCorpusForm());
  }

  @PostMapping("/corpora/{id}/subcorpora/new")
  String addSub(@PathVariable long id, @Valid @ModelAttribute("form") SubCorpusForm form, BindingResult result,
      Model model) {
    DiscourseCorpus c = corpora.requireWorkable(id);
    return FormErrors.submit(result, () -> {
      corpora.addSubCorpus(id, form);
      return "redirect:" + CORPUS + id + "?added#subcorpora";
    }, () -> subForm(model, c, form));
  }

  private String subForm(Model model, DiscourseCorpus c, SubCorpusForm form) {
    model.addAttribute("corpus", c);
    model.addAttribute("sides", List.of(Side.COMMUNITY, Side.STATUTORY));
    model.addAttribute("sourceKinds", SourceKind.values());
    if (c.kind() == CorpusKind.EVIDENCE) {
      model.addAttribute("codeChoices", codebook.tree(c.projectId()).stream().map(x -> new Choice(x.id(), x.name()))
          .toList());
      model.addAttribute("themeChoices", networks.ofProject(c.projectId()).stream()
          .flatMap(n -> themes.ofNetwork(n.id()).stream()).map(t -> new Choice(t.id(), t.name())).toList());
    }
    model.addAttribute("form", form);
    return "discourse/subcorpus-form";
  }

  @GetMapping("/word-lists/new")
  String wordListForm(@RequestParam(required = false) Long projectId, @RequestParam(required = false) Long corpus,
      Model model) {
    Corpora.requireResearchRole();
    WordListForm form = new WordListForm();
    form.setProjectId(projectId);
    return wordListForm(model, form, corpus);
  }

  @PostMapping("/word-lists/new")
  String addWordList(@Valid @ModelAttribute("form") WordListForm form, BindingResult result,
      @RequestParam(required = false) Long corpus, Model model) {
    Corpora.requireResearchRole();
    return FormErrors.submit(result, () -> {
      long id = corpora.addWordList(form).id();
      return corpus != null ? "redirect:" + CORPUS + corpus + "/counts?list=" + id : "redirect:/discourse?added";
    }, () -> wordListForm(model, form, corpus));
  }

  private String wordListForm(Model model, WordListForm form, Long corpus) {
    model.addAttribute("projectChoices", projects.visible().stream().filter(p -> !p.voided())
        .map(p -> new Choice(p.id(), p.name())).toList());
    model.addAttribute("corpusId", corpus);
    model.addAttribute("form", form);
    return "discourse/word-list-form";
  }

  @GetMapping("/corpora/{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    DiscourseCorpus c = corpora.requireWorkable(id);
    return VoidPage.show(model, c.name(), CORPUS + id, CORPUS + id + "/void", new VoidRequest(null));
  }

  @PostMapping("/corpora/{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    DiscourseCorpus c = corpora.requireWorkable(id);
    return VoidPage.submit(model, c.name(), CORPUS + id, CORPUS + id + "/void", form, result,
        reason -> corpora.voidRecord(id, reason), "redirect:/discourse?voided");
  }

  // Results computed by Spark

  @GetMapping("/spark-results/new")
  String sparkResultForm(@RequestParam(required = false) Long projectId, Model model) {
    Corpora.requireResearchRole();
    return sparkResultForm(model, projectId, null, null);
  }

  @PostMapping("/spark-results/new")
  String addSparkResult(@RequestParam(required = false) Long projectId, @RequestParam(required = false) String name,
      @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) {
    Corpora.requireResearchRole();
    try {
      if (projectId == null) {
        throw new Conflict("projectId", "Choose the project the result belongs to.");
      }
      if (file == null || file.isEmpty()) {
        throw new Conflict("file", "Choose the JSON file that 'phasezero spark … --format json' wrote.");
      }
      if (file.getSize() > 4L * SparkResults.MAX_CHARACTERS) {
        throw new Conflict("file", "The file is too large; ask Spark for fewer rows (--top).");
      }
      String json = new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return "redirect:/discourse/spark-results/" + sparkResults.add(projectId, name, json).id() + "?added";
    } catch (Conflict e) {
      response.setStatus(409);
      return sparkResultForm(model, projectId, name, e.getMessage());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String sparkResultForm(Model model, Long projectId, String name, String problem) {
    model.addAttribute("projectChoices", projects.visible().stream().filter(p -> !p.voided())
        .map(p -> new Choice(p.id(), p.name())).toList());
    model.addAttribute("projectId", projectId);
    model.addAttribute("name", name);
    model.addAttribute("problem", problem);
    return "discourse/spark-result-form";
  }

  @GetMapping("/spark-results/{id}")
  Object sparkResult(@PathVariable long id, @RequestParam(required = false) String format, Model model) {
    SparkResult.Table t = sparkResults.table(id);
    if (format != null) {
      return DiscourseTables.sparkResult(t, ExportFile.Format.parse(format));
    }
    model.addAttribute("table", t);
    model.addAttribute("charts", RankedChart.of(t));
    model.addAttribute("mayVoid", !t.result().voided() && !projects.get(t.result().projectId()).voided());
    return "discourse/spark-result";
  }

  @GetMapping("/spark-results/{id}/void")
  String voidSparkResultForm(@PathVariable long id, Model model) {
    SparkResult r = sparkResults.get(id);
    return VoidPage.show(model, r.name(), SPARK + id, SPARK + id + "/void", new VoidRequest(null));
  }

  @PostMapping("/spark-results/{id}/void")
  String voidSparkResult(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    SparkResult r = sparkResults.get(id);
    return VoidPage.submit(model, r.name(), SPARK + id, SPARK + id + "/void", form, result,
        reason -> sparkResults.voidRecord(id, reason), "redirect:/discourse?voided");
  }
}
