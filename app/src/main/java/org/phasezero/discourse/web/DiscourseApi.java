package org.phasezero.discourse.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.phasezero.analysis.corpus.Concordance;
import org.phasezero.discourse.Analyses;
import org.phasezero.discourse.Corpora;
import org.phasezero.discourse.CorpusForm;
import org.phasezero.discourse.DiscourseCorpus;
import org.phasezero.discourse.PostFormat;
import org.phasezero.discourse.PostImport;
import org.phasezero.discourse.PostImports;
import org.phasezero.discourse.SparkResult;
import org.phasezero.discourse.SparkResults;
import org.phasezero.discourse.StartImportForm;
import org.phasezero.discourse.SubCorpus;
import org.phasezero.discourse.SubCorpusForm;
import org.phasezero.discourse.WordList;
import org.phasezero.discourse.WordListForm;
import org.phasezero.shared.ExportFile;
import org.phasezero.shared.VoidRequest;
import org.phasezero.spaces.MeetingWords;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/discourse}: corpora, sub-corpora, word lists, posts imports and the analyses, as
 * JSON, or as CSV or XLSX with {@code ?format=}.
 */
@RestController
@RequestMapping("/api/v1/discourse")
class DiscourseApi {

  private final Corpora corpora;
  private final Analyses analyses;
  private final PostImports imports;
  private final SparkResults sparkResults;

  DiscourseApi(Corpora corpora, Analyses analyses, PostImports imports, SparkResults sparkResults) {
    this.sparkResults = sparkResults;
    this.corpora = corpora;
    this.analyses = analyses;
    this.imports = imports;
  }

  @GetMapping("/corpora")
  List<DiscourseCorpus> list(@RequestParam(required = false) Long projectId) {
    return corpora.list(projectId);
  }

  @PostMapping("/corpora")
  ResponseEntity<DiscourseCorpus> create(@Valid @RequestBody CorpusForm form) {
    DiscourseCorpus c = corpora.create(form);
    return ResponseEntity.created(URI.create("/api/v1/discourse/corpora/" + c.id())).body(c);
  }

  @GetMapping("/corpora/{id}")
  DiscourseCorpus get(@PathVariable long id) {
    return corpora.get(id);
  }

  @PostMapping("/corpora/{id}/void")
  DiscourseCorpus voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return corpora.voidRecord(id, request.getReason());
  }

  @GetMapping("/corpora/{id}/subcorpora")
  List<SubCorpus> subCorpora(@PathVariable long id) {
    return corpora.subCorpora(id);
  }

  @PostMapping("/corpora/{id}/subcorpora")
  ResponseEntity<SubCorpus> addSubCorpus(@PathVariable long id, @Valid @RequestBody SubCorpusForm form) {
    return ResponseEntity.status(201).body(corpora.addSubCorpus(id, form));
  }

  @GetMapping("/word-lists")
  List<WordList> wordLists(@RequestParam long projectId) {
    return corpora.wordLists(projectId);
  }

  @PostMapping("/word-lists")
  ResponseEntity<WordList> addWordList(@Valid @RequestBody WordListForm form) {
    return ResponseEntity.status(201).body(corpora.addWordList(form));
  }

  @GetMapping("/spark-results")
  List<SparkResult> sparkResults(@RequestParam(required = false) Long projectId) {
    return sparkResults.list(projectId);
  }

  /** The JSON that 'phasezero spark … --format json' wrote, as the request's body. */
  @PostMapping(value = "/spark-results", consumes = "application/json")
  ResponseEntity<SparkResult> addSparkResult(@RequestParam long projectId, @RequestParam String name,
      @RequestBody String json) {
    SparkResult s = sparkResults.add(projectId, name, json);
    return ResponseEntity.created(URI.create("/api/v1/discourse/spark-results/" + s.id())).body(s);
  }

  @PostMapping("/spark-results/{id}/void")
  SparkResult voidSparkResult(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return sparkResults.voidRecord(id, request.getReason());
  }

  @GetMapping("/spark-results/{id}")
  Object sparkResult(@PathVariable long id, @RequestParam(required = false) String format) {
    SparkResult.Table t = sparkResults.table(id);
    return format == null ? t : DiscourseTables.sparkResult(t, ExportFile.Format.parse(format));
  }

  @GetMapping("/corpora/{id}/frequencies")
  Object frequencies(@PathVariable long id, @RequestParam(required = false) Long sub,
      @RequestParam(defaultValue = "100") int top, @RequestParam(required = false) String format) {
    Analyses.Frequencies f = analyses.frequencies(id, sub, top);
    return format == null ? f : DiscourseTables.frequencies(f, ExportFile.Format.parse(format));
  }

  @GetMapping("/corpora/{id}/ngrams")
  Object ngrams(@PathVariable long id, @RequestParam(required = false) Long sub, @RequestParam(defaultValue = "2") int n,
      @RequestParam(defaultValue = "2") int minFreq, @RequestParam(defaultValue = "100") int top,
      @RequestParam(required = false) String format) {
    Analyses.NGramList g = analyses.ngrams(id, sub, n, minFreq, top);
    return format == null ? g : DiscourseTables.ngrams(g, ExportFile.Format.parse(format));
  }

  @GetMapping("/corpora/{id}/kwic")
  Object kwic(@PathVariable long id, @RequestParam(required = false) Long sub, @RequestParam String word,
      @RequestParam(defaultValue = "8") int width, @RequestParam(defaultValue = "NONE") Concordance.Sort sort,
      @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit,
      @RequestParam(required = false) String format) {
    Analyses.Kwic k = analyses.kwic(id, sub, word, width, sort, offset, limit);
    return format == null ? k : DiscourseTables.kwic(k, ExportFile.Format.parse(format));
  }

  /**
   * One meeting's minutes as a meetings corpus reads them (where a keyword-in-context line of
   * minutes leads): the agenda, and each decision and action with its side, never a name.
   */
  @GetMapping("/corpora/{id}/meetings/{meetingId}")
  Minutes minutes(@PathVariable long id, @PathVariable long meetingId) {
    List<MeetingWords.Text> texts = corpora.minutes(id, meetingId);
    MeetingWords.Text first = texts.get(0);
    return new Minutes(meetingId, first.meetingTitle(), first.date(), first.spaceName(),
        "/discourse/corpora/" + id + "/meetings/" + meetingId, texts.stream()
            .map(t -> new Minute(t.part(), t.anchor(), t.side(), t.text())).toList());
  }

  /** A meeting's minutes: {@code page} is where people read them, each minute's {@code anchor} its place there. */
  record Minutes(long meetingId, String title, java.time.LocalDate heldOn, String space, String page,
      List<Minute> minutes) {}

  record Minute(MeetingWords.Part part, String anchor, org.phasezero.network.Side side, String text) {}

  @GetMapping("/corpora/{id}/collocates")
  Object collocates(@PathVariable long id, @RequestParam(required = false) Long sub, @RequestParam String node,
      @RequestParam(defaultValue = "5") int window, @RequestParam(defaultValue = "logdice") String measure,
      @RequestParam(defaultValue = "3") int minFreq, @RequestParam(defaultValue = "50") int top,
      @RequestParam(required = false) String format) {
    Analyses.Collocation c = analyses.collocates(id, sub, node, window, measure, minFreq, top);
    return format == null ? c : DiscourseTables.collocates(c, ExportFile.Format.parse(format));
  }

  @GetMapping("/corpora/{id}/keyness")
  Object keyness(@PathVariable long id, @RequestParam(required = false) Long target,
      @RequestParam(required = false) Long reference, @RequestParam(defaultValue = "ll") String ranking,
      @RequestParam(defaultValue = "3") int minFreq, @RequestParam(defaultValue = "false") boolean underused,
      @RequestParam(defaultValue = "50") int top, @RequestParam(required = false) String format) {
    Analyses.KeynessResult k = analyses.keyness(id, target, reference, ranking, minFreq, underused, top);
    return format == null ? k : DiscourseTables.keyness(k, ExportFile.Format.parse(format));
  }

  @GetMapping("/corpora/{id}/counts")
  Object counts(@PathVariable long id, @RequestParam(required = false) Long sub, @RequestParam long list,
      @RequestParam(required = false) String format) {
    Analyses.Counts c = analyses.count(id, sub, list);
    return format == null ? c : DiscourseTables.counts(c, ExportFile.Format.parse(format));
  }

  /** Uploads and starts an import in one call: the mapping as parameters; 202 with the import to poll. */
  @PostMapping("/corpora/{id}/imports")
  ResponseEntity<PostImport> importPosts(@PathVariable long id, @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) PostFormat format, @RequestParam String text,
      @RequestParam(required = false) String author, @RequestParam(required = false) String date,
      @RequestParam(required = false) String thread, @RequestParam(required = false) String forum,
      @RequestParam(defaultValue = "SKIP") PostImport.BadLines onBadLine) {
    try {
      PostImports.Staged staged = imports.stage(id, file.getOriginalFilename(), format, file.getInputStream());
      StartImportForm f = new StartImportForm();
      f.setFile(staged.file());
      f.setFileName(staged.fileName() == null ? "posts" : staged.fileName());
      f.setFormat(staged.format());
      f.setText(text);
      f.setAuthor(author);
      f.setDate(date);
      f.setThread(thread);
      f.setForum(forum);
      f.setOnBadLine(onBadLine);
      PostImport imp = imports.start(id, f);
      return ResponseEntity.accepted().location(URI.create("/api/v1/discourse/imports/" + imp.id())).body(imp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/imports/{importId}")
  PostImport importStatus(@PathVariable long importId) {
    return imports.get(importId);
  }

  @PostMapping("/imports/{importId}/resume")
  PostImport resume(@PathVariable long importId) {
    return imports.resume(importId);
  }
}
