package org.phasezero.evidence.rounds.web;

import java.net.URI;
import java.util.List;
import org.phasezero.evidence.rounds.Agreement;
import org.phasezero.evidence.rounds.CoderProgress;
import org.phasezero.evidence.rounds.CodingRound;
import org.phasezero.evidence.rounds.CodingRounds;
import org.phasezero.evidence.rounds.Decision;
import org.phasezero.evidence.rounds.Disagreement;
import org.phasezero.evidence.Coding;
import org.phasezero.evidence.rounds.RoundForm;
import org.phasezero.evidence.rounds.RoundSetup;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/coding-rounds}: set up a blind round, code in it, finish sources, see progress,
 * close it, read its agreement and reliability data, and settle its disagreements.
 */
@RestController
class RoundsApi {

  /** A new round: the project, its sources, codes in play and coders. */
  record NewRound(Long projectId, String name, String instructions, List<Long> sourceIds, List<Long> codeIds,
      List<String> coders) {}

  /** A round with what it covers. */
  record RoundView(CodingRound round, RoundSetup setup) {}

  /** A coding in the round: exactly [start, end) of a source. */
  record NewCoding(Long sourceId, Long codeId, Integer start, Integer end) {}

  /** The agreement report: the unit, the level, the conventions in words, then the figures. */
  record AgreementReport(long roundId, String unit, String level, List<String> conventions, Agreement overall,
      List<Agreement> codes) {}

  /** A decision on a unit and code. */
  record NewDecision(Long segmentId, Long codeId, Boolean applies, String reason) {}

  private final CodingRounds rounds;
  private final org.phasezero.evidence.rounds.RoundResults results;

  RoundsApi(CodingRounds rounds, org.phasezero.evidence.rounds.RoundResults results) {
    this.rounds = rounds;
    this.results = results;
  }

  @GetMapping("/api/v1/projects/{projectId}/coding-rounds")
  List<CodingRound> ofProject(@PathVariable long projectId) {
    return rounds.ofProject(projectId);
  }

  @PostMapping("/api/v1/coding-rounds")
  ResponseEntity<RoundView> create(@RequestBody NewRound body) {
    if (body.projectId() == null) {
      throw new Conflict("projectId", "Give the projectId of the research project the round belongs to.");
    }
    RoundForm form = new RoundForm(body.name(), nonNull(body.sourceIds()), nonNull(body.codeIds()),
        nonNull(body.coders()));
    form.setInstructions(body.instructions());
    CodingRound r = rounds.create(body.projectId(), form);
    return ResponseEntity.created(URI.create("/api/v1/coding-rounds/" + r.id()))
        .body(new RoundView(r, rounds.setup(r.id())));
  }

  @GetMapping("/api/v1/coding-rounds/{id}")
  RoundView get(@PathVariable long id) {
    return new RoundView(rounds.get(id), rounds.setup(id));
  }

  @GetMapping("/api/v1/coding-rounds/{id}/progress")
  List<CoderProgress> progress(@PathVariable long id) {
    return rounds.progress(id);
  }

  /** The round's codings of a source the caller may read: their own while open, everyone's once closed. */
  @GetMapping("/api/v1/coding-rounds/{id}/codings")
  List<Coding> codings(@PathVariable long id, @RequestParam long sourceId) {
    return rounds.codings(id, sourceId, 0, Integer.MAX_VALUE);
  }

  @PostMapping("/api/v1/coding-rounds/{id}/codings")
  ResponseEntity<Coding> code(@PathVariable long id, @RequestBody NewCoding body) {
    if (body.sourceId() == null || body.codeId() == null || body.start() == null || body.end() == null) {
      throw new Conflict("Give sourceId, codeId, start and end.");
    }
    long codingId = rounds.code(id, body.sourceId(), body.codeId(), body.start(), body.end());
    Coding made = rounds.codings(id, body.sourceId(), body.start(), body.end()).stream()
        .filter(g -> g.id() == codingId).findFirst().orElseThrow();
    return ResponseEntity.created(URI.create("/api/v1/coding-rounds/" + id + "/codings/" + codingId)).body(made);
  }

  @PostMapping("/api/v1/coding-rounds/{id}/codings/{codingId}/void")
  ResponseEntity<Void> removeCoding(@PathVariable long id, @PathVariable long codingId,
      @jakarta.validation.Valid @RequestBody VoidRequest request) {
    rounds.removeCoding(id, codingId, request.getReason());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/coding-rounds/{id}/sources/{sourceId}/finished")
  List<CoderProgress> finish(@PathVariable long id, @PathVariable long sourceId) {
    RoundWords.finish(rounds, id, sourceId);
    return rounds.progress(id);
  }

  @PostMapping("/api/v1/coding-rounds/{id}/close")
  CodingRound close(@PathVariable long id) {
    return results.close(id);
  }

  @GetMapping("/api/v1/coding-rounds/{id}/agreement")
  AgreementReport agreement(@PathVariable long id) {
    List<Agreement> all = results.agreement(id);
    return new AgreementReport(id, RoundWords.UNIT, RoundWords.LEVEL, RoundWords.CONVENTIONS, all.get(0),
        all.subList(1, all.size()));
  }

  @GetMapping("/api/v1/coding-rounds/{id}/units.csv")
  ResponseEntity<byte[]> units(@PathVariable long id) {
    return RoundWords.unitsCsv(rounds, results, id);
  }

  @GetMapping("/api/v1/coding-rounds/{id}/disagreements")
  List<Disagreement> disagreements(@PathVariable long id) {
    return results.disagreements(id);
  }

  @PostMapping("/api/v1/coding-rounds/{id}/decisions")
  ResponseEntity<Decision> decide(@PathVariable long id, @RequestBody NewDecision body) {
    if (body.segmentId() == null || body.codeId() == null || body.applies() == null) {
      throw new Conflict("Give segmentId, codeId, applies (true or false) and a reason.");
    }
    Decision d = results.decide(id, body.segmentId(), body.codeId(), body.applies(), body.reason());
    return ResponseEntity.created(URI.create("/api/v1/coding-rounds/" + id + "/decisions/" + d.id())).body(d);
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
