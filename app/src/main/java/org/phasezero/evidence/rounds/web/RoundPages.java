package org.phasezero.evidence.rounds.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.phasezero.evidence.Coding;
import org.phasezero.evidence.EvidenceSource;
import org.phasezero.evidence.ProjectMember;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.SourceSegment;
import org.phasezero.evidence.Sources;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.rounds.Agreement;
import org.phasezero.evidence.rounds.CodingRound;
import org.phasezero.evidence.rounds.CodingRounds;
import org.phasezero.evidence.rounds.Disagreement;
import org.phasezero.evidence.rounds.RoundForm;
import org.phasezero.evidence.rounds.RoundSetup;
import org.phasezero.evidence.web.TurnView;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.Role;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Blind coding rounds in pages: a project's rounds and the form that sets one up; a round's page
 * (what it covers, progress, closing, then agreement); a coder's page for coding a source in the
 * round, which shows only their own codings; and the disagreement view, where the owner settles
 * each passage with a reason. Plain forms throughout, so everything works without JavaScript.
 */
@Controller
class RoundPages {

  static final int TURNS_PER_PAGE = 40;
  static final int DISAGREEMENTS_PER_PAGE = 20;

  private final CodingRounds rounds;
  private final org.phasezero.evidence.rounds.RoundResults results;
  private final ResearchProjects projects;
  private final Sources sources;
  private final Codebook codebook;
  private final org.phasezero.evidence.Memos memos;

  RoundPages(CodingRounds rounds, org.phasezero.evidence.rounds.RoundResults results, ResearchProjects projects,
      Sources sources, Codebook codebook, org.phasezero.evidence.Memos memos) {
    this.results = results;
    this.memos = memos;
    this.rounds = rounds;
    this.projects = projects;
    this.sources = sources;
    this.codebook = codebook;
  }

  @GetMapping("/research/{projectId}/rounds")
  String list(@PathVariable long projectId, Model model) {
    ResearchProject project = projects.get(projectId);
    model.addAttribute("project", project);
    model.addAttribute("rounds", rounds.ofProject(projectId));
    boolean maySetUp = !project.voided() && rounds.maySetUp(projectId);
    model.addAttribute("maySetUp", maySetUp);
    if (maySetUp) {
      model.addAttribute("sources", sources.ofProject(projectId).stream().filter(s -> !s.voided()).toList());
      model.addAttribute("codes", codebook.tree(projectId).stream().filter(c -> c.codable()).toList());
      List<ProjectMember> coders = projects.members(projectId).stream()
          .filter(m -> m.role() == Role.RESEARCHER || m.role() == Role.PEER_RESEARCHER).toList();
      model.addAttribute("eligibleCoders", coders);
    }
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new RoundForm());
    }
    return "research/rounds/list";
  }

  @PostMapping("/research/{projectId}/rounds")
  String create(@PathVariable long projectId, @Valid @ModelAttribute("form") RoundForm form, BindingResult result,
      Model model) {
    return FormErrors.submit(result, () -> "redirect:/research/rounds/" + rounds.create(projectId, form).id() + "?added",
        () -> list(projectId, model));
  }

  @GetMapping("/research/rounds/{id}")
  String show(@PathVariable long id, Model model) {
    CodingRound round = rounds.get(id);
    RoundSetup setup = rounds.setup(id);
    String me = CurrentUser.require().username();
    model.addAttribute("round", round);
    model.addAttribute("project", projects.get(round.projectId()));
    model.addAttribute("setup", setup);
    model.addAttribute("progress", rounds.progress(id));
    model.addAttribute("isCoder", rounds.isCoder(round, me));
    model.addAttribute("mayRun", rounds.mayRun(round));
    model.addAttribute("finished", rounds.isCoder(round, me) ? rounds.finishedByMe(id) : Set.of());
    if (!round.open()) {
      List<Agreement> agreement = results.agreement(id);
      model.addAttribute("overall", agreement.get(0));
      model.addAttribute("agreementRows", agreement);
      model.addAttribute("unitWords", RoundWords.UNIT);
      model.addAttribute("levelWords", RoundWords.LEVEL);
      model.addAttribute("conventions", RoundWords.CONVENTIONS);
      model.addAttribute("decisions", results.decisions(id).size());
    }
    return "research/rounds/round";
  }

  @PostMapping("/research/rounds/{id}/close")
  String close(@PathVariable long id, Model model) {
    try {
      results.close(id);
    } catch (Conflict e) {
      model.addAttribute("roundError", e.getMessage());
      return show(id, model);
    }
    return "redirect:/research/rounds/" + id + "?closed#agreement";
  }

  @GetMapping("/research/rounds/{id}/units.csv")
  ResponseEntity<byte[]> units(@PathVariable long id) {
    return RoundWords.unitsCsv(rounds, results, id);
  }

  // ---- A coder's page for one source --------------------------------------------------------

  @GetMapping("/research/rounds/{id}/sources/{sourceId}")
  String source(@PathVariable long id, @PathVariable long sourceId, @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) Integer coded, Model model) {
    CodingRound round = rounds.requireOpenCoder(id);
    RoundSetup setup = rounds.setup(id);
    if (setup.sources().stream().noneMatch(s -> s.id() == sourceId)) {
      throw new org.phasezero.shared.NotFound("source of this round", sourceId);
    }
    EvidenceSource source = sources.get(sourceId);
    int pages = Math.max(1, (source.segmentCount() + TURNS_PER_PAGE - 1) / TURNS_PER_PAGE);
    int shown = Math.min(Math.max(page, 0), pages - 1);
    List<SourceSegment> segments = sources.page(sourceId, shown * TURNS_PER_PAGE, TURNS_PER_PAGE);
    List<Coding> mine = segments.isEmpty() ? List.of()
        : rounds.codings(id, sourceId, segments.get(0).start(), segments.get(segments.size() - 1).end());
    model.addAttribute("coded", coded);
    model.addAttribute("round", round);
    model.addAttribute("project", projects.get(round.projectId()));
    model.addAttribute("source", source);
    model.addAttribute("codes", setup.codes());
    model.addAttribute("turns", TurnView.of(segments, mine));
    model.addAttribute("page", shown);
    model.addAttribute("pages", pages);
    model.addAttribute("firstTurn", shown * TURNS_PER_PAGE + 1);
    model.addAttribute("lastTurn", shown * TURNS_PER_PAGE + segments.size());
    model.addAttribute("sourceFinished", rounds.finishedByMe(id).contains(sourceId));
    return "research/rounds/code";
  }

  @PostMapping("/research/rounds/{id}/sources/{sourceId}/codings")
  String codeTurns(@PathVariable long id, @PathVariable long sourceId,
      @RequestParam(required = false) List<Long> segmentIds, @RequestParam(required = false) Long codeId,
      @RequestParam(defaultValue = "0") int page, Model model) {
    int applied;
    try {
      if (codeId == null || segmentIds == null || segmentIds.isEmpty()) {
        throw new Conflict(codeId == null ? "Choose a code to apply." : "Tick the turns to code.");
      }
      applied = rounds.codeTurns(id, sourceId, segmentIds, codeId);
    } catch (Conflict e) {
      model.addAttribute("codingError", e.getMessage());
      return source(id, sourceId, page, null, model);
    }
    return "redirect:/research/rounds/" + id + "/sources/" + sourceId + "?page=" + page + "&coded=" + applied
        + "#turn-" + segmentIds.get(0);
  }

  @PostMapping("/research/rounds/{id}/sources/{sourceId}/codings/range")
  String codeRange(@PathVariable long id, @PathVariable long sourceId, @RequestParam(required = false) Integer start,
      @RequestParam(required = false) Integer end, @RequestParam(required = false) Long codeId,
      @RequestParam(defaultValue = "0") int page, Model model) {
    try {
      if (codeId == null || start == null || end == null) {
        throw new Conflict(codeId == null ? "Choose a code to apply." : "Select the words to code.");
      }
      rounds.code(id, sourceId, codeId, start, end);
    } catch (Conflict e) {
      model.addAttribute("codingError", e.getMessage());
      return source(id, sourceId, page, null, model);
    }
    return "redirect:/research/rounds/" + id + "/sources/" + sourceId + "?page=" + page + "&coded=1";
  }

  @PostMapping("/research/rounds/{id}/sources/{sourceId}/finished")
  String finish(@PathVariable long id, @PathVariable long sourceId, @RequestParam(defaultValue = "true") boolean done) {
    if (done) {
      RoundWords.finish(rounds, id, sourceId);
    } else {
      rounds.unfinish(id, sourceId);
    }
    return "redirect:/research/rounds/" + id + "?saved#sources";
  }

  @GetMapping("/research/rounds/{id}/codings/{codingId}/void")
  String removeCodingForm(@PathVariable long id, @PathVariable long codingId, Model model) {
    rounds.requireOpenCoder(id);
    return VoidPage.show(model, "your coding", "/research/rounds/" + id,
        "/research/rounds/" + id + "/codings/" + codingId + "/void", new VoidRequest());
  }

  @PostMapping("/research/rounds/{id}/codings/{codingId}/void")
  String removeCoding(@PathVariable long id, @PathVariable long codingId,
      @Valid @ModelAttribute("form") VoidRequest form, BindingResult result, Model model) {
    return VoidPage.submit(model, "your coding", "/research/rounds/" + id,
        "/research/rounds/" + id + "/codings/" + codingId + "/void", form, result,
        reason -> rounds.removeCoding(id, codingId, reason), "redirect:/research/rounds/" + id + "?voided");
  }

  // ---- A decision and the reflexive memos on it ------------------------------------------------------

  @GetMapping("/research/rounds/decisions/{decisionId}")
  String decision(@PathVariable long decisionId, Model model) {
    org.phasezero.evidence.rounds.Decision d = results.decision(decisionId);
    CodingRound round = rounds.get(d.roundId());
    ResearchProject project = projects.get(round.projectId());
    Disagreement settled = results.disagreements(round.id()).stream()
        .filter(x -> x.unit().segmentId() == d.segmentId() && x.codeId() == d.codeId()).findFirst().orElse(null);
    model.addAttribute("decision", d);
    model.addAttribute("settled", settled);
    model.addAttribute("round", round);
    model.addAttribute("project", project);
    model.addAttribute("memos", memos.on(org.phasezero.evidence.MemoTarget.DECISION, decisionId));
    model.addAttribute("mayWork", !project.voided());
    return "research/rounds/decision";
  }

  @PostMapping("/research/rounds/decisions/{decisionId}/memos")
  String writeDecisionMemo(@PathVariable long decisionId, @RequestParam(required = false) String title,
      @RequestParam(required = false) String body, Model model) {
    try {
      memos.write(org.phasezero.evidence.MemoTarget.DECISION, decisionId, title, body);
      return "redirect:/research/rounds/decisions/" + decisionId + "?saved#memos";
    } catch (Conflict e) {
      model.addAttribute("memoError", e.getMessage());
      return decision(decisionId, model);
    }
  }

  // ---- Disagreements ----------------------------------------------------------------------------

  @GetMapping("/research/rounds/{id}/disagreements")
  String disagreements(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "false") boolean open, Model model) {
    CodingRound round = rounds.get(id);
    List<Disagreement> all = results.disagreements(id).stream()
        .filter(d -> !open || d.decision() == null).toList();
    int pages = Math.max(1, (all.size() + DISAGREEMENTS_PER_PAGE - 1) / DISAGREEMENTS_PER_PAGE);
    int shown = Math.min(Math.max(page, 0), pages - 1);
    model.addAttribute("round", round);
    model.addAttribute("project", projects.get(round.projectId()));
    model.addAttribute("total", all.size());
    model.addAttribute("onlyOpen", open);
    model.addAttribute("items", all.subList(shown * DISAGREEMENTS_PER_PAGE,
        Math.min(all.size(), (shown + 1) * DISAGREEMENTS_PER_PAGE)));
    model.addAttribute("page", shown);
    model.addAttribute("pages", pages);
    model.addAttribute("mayRun", rounds.mayRun(round));
    model.addAttribute("coders", rounds.setup(id).coders());
    return "research/rounds/disagreements";
  }

  @PostMapping("/research/rounds/{id}/decisions")
  String decide(@PathVariable long id, @RequestParam(required = false) Long segmentId,
      @RequestParam(required = false) Long codeId, @RequestParam(required = false) Boolean applies,
      @RequestParam(required = false) String reason, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "false") boolean open, Model model) {
    try {
      if (segmentId == null || codeId == null) {
        throw new Conflict("Choose the passage and code to settle.");
      }
      if (applies == null) {
        throw new Conflict("applies", "Choose whether the code applies to this passage.");
      }
      results.decide(id, segmentId, codeId, applies, reason);
    } catch (Conflict e) {
      model.addAttribute("decisionError", e.getMessage());
      model.addAttribute("failedKey", segmentId + ":" + codeId);
      return disagreements(id, page, open, model);
    }
    return "redirect:/research/rounds/" + id + "/disagreements?page=" + page + (open ? "&open=true" : "")
        + "&saved#d-" + segmentId + "-" + codeId;
  }
}
