package org.phasezero.evidence.web;

import jakarta.validation.Valid;
import java.util.List;
import org.phasezero.evidence.Code;
import org.phasezero.evidence.CodeForm;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.CodedSegment;
import org.phasezero.evidence.Codings;
import org.phasezero.shared.VoidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/codes}: one code, its passages, and merging, splitting and removing it. */
@RestController
@RequestMapping("/api/v1/codes")
class CodesApi {

  /** Which codings of a code move to a new code of this name. */
  record SplitRequest(String name, List<Long> codingIds) {}

  /** The code that survives a merge. */
  record MergeRequest(Long intoId) {}

  private final Codebook codebook;
  private final Codings codings;

  CodesApi(Codebook codebook, Codings codings) {
    this.codebook = codebook;
    this.codings = codings;
  }

  @GetMapping("/{id}")
  Code get(@PathVariable long id) {
    return codebook.get(id);
  }

  @PutMapping("/{id}")
  Code update(@PathVariable long id, @Valid @RequestBody CodeForm form) {
    return codebook.update(id, form);
  }

  @GetMapping("/{id}/segments")
  List<CodedSegment> segments(@PathVariable long id) {
    return codings.segmentsOf(id);
  }

  @PostMapping("/{id}/merge")
  Code merge(@PathVariable long id, @RequestBody MergeRequest request) {
    if (request.intoId() == null) {
      throw new org.phasezero.shared.Conflict("intoId", "Give the id of the code to merge this one into.");
    }
    return codebook.merge(id, request.intoId());
  }

  @PostMapping("/{id}/split")
  Code split(@PathVariable long id, @RequestBody SplitRequest request) {
    return codebook.split(id, request.name(), request.codingIds());
  }

  @PostMapping("/{id}/void")
  Code remove(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return codebook.remove(id, request.getReason());
  }
}
