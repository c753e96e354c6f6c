package org.phasezero.evidence.checking.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.checking.CheckAnswers;
import org.phasezero.evidence.checking.MemberCheck;
import org.phasezero.evidence.checking.MemberChecks;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1}: a project's member checks, sending one (the answer carries the one-time link,
 * shown this once), reading its answers, recording a paper copy's answers, and stopping a link.
 */
@RestController
class MemberChecksApi {

  /** A new check: the participant, an optional thematic network, the summary and how many days the link works. */
  record NewCheck(Long personId, Long networkId, String summary, Integer days) {}

  /** A sent check and its link. */
  record SentCheck(MemberCheck check, String link) {}

  private final MemberChecks checks;

  MemberChecksApi(MemberChecks checks) {
    this.checks = checks;
  }

  @GetMapping("/api/v1/projects/{projectId}/member-checks")
  List<MemberCheck> ofProject(@PathVariable long projectId) {
    return checks.ofProject(projectId);
  }

  @PostMapping("/api/v1/projects/{projectId}/member-checks")
  ResponseEntity<SentCheck> send(@PathVariable long projectId, @RequestBody NewCheck body) {
    if (body.personId() == null) {
      throw new Conflict("personId", "Give the personId of the participant.");
    }
    MemberChecks.Sent sent = checks.send(projectId, body.personId(), body.networkId(), body.summary(), body.days());
    return ResponseEntity.created(URI.create("/api/v1/member-checks/" + sent.check().id()))
        .body(new SentCheck(sent.check(), "/check/" + sent.token()));
  }

  @GetMapping("/api/v1/member-checks/{id}")
  MemberCheck get(@PathVariable long id) {
    return checks.get(id);
  }

  /** A paper copy's answers: {@code theme-ID}, {@code quote-SEQ}, their comments, and {@code overallComment}. */
  @PostMapping("/api/v1/member-checks/{id}/paper-response")
  MemberCheck recordPaper(@PathVariable long id, @RequestBody Map<String, String> answers) {
    return checks.recordPaper(id, CheckAnswers.of(answers));
  }

  @PostMapping("/api/v1/member-checks/{id}/void")
  MemberCheck revoke(@PathVariable long id, @jakarta.validation.Valid @RequestBody VoidRequest request) {
    return checks.revoke(id, request.getReason());
  }
}
