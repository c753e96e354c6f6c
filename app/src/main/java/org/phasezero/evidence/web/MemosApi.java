package org.phasezero.evidence.web;

import java.net.URI;
import java.util.List;
import org.phasezero.evidence.Memo;
import org.phasezero.evidence.MemoTarget;
import org.phasezero.evidence.Memos;
import org.phasezero.shared.Conflict;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/memos}: memos on a project, source, code or coding. */
@RestController
@RequestMapping("/api/v1/memos")
class MemosApi {

  /** A memo to write on one thing. */
  record MemoRequest(MemoTarget target, Long targetId, String title, String body) {}

  private final Memos memos;

  MemosApi(Memos memos) {
    this.memos = memos;
  }

  @GetMapping
  List<Memo> on(@RequestParam MemoTarget target, @RequestParam long targetId) {
    return memos.on(target, targetId);
  }

  @PostMapping
  ResponseEntity<Memo> write(@RequestBody MemoRequest r) {
    if (r.target() == null || r.targetId() == null) {
      throw new Conflict("target", "Give the memo's target (PROJECT, SOURCE, CODE, CODING or DECISION) and targetId.");
    }
    Memo m = memos.write(r.target(), r.targetId(), r.title(), r.body());
    return ResponseEntity.created(URI.create("/api/v1/memos")).body(m);
  }
}
