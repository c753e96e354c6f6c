package org.phasezero.evidence.search.web;

import org.phasezero.evidence.search.EvidenceSearch;
import org.phasezero.network.Side;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search}: the turns of the sources the caller may see that contain the words of
 * {@code q} (see the page's hint for the syntax), optionally in one project ({@code projectId}),
 * case ({@code caseId}), spoken by someone on one side ({@code side}) or coded with a code or a
 * code inside it ({@code codeId}); {@code from} and {@code size} (1 to 100) page through them.
 * Offsets in each line are UTF-16 positions in the source's whole text, as the codings API uses.
 */
@RestController
class SearchApi {

  private final EvidenceSearch search;

  SearchApi(EvidenceSearch search) {
    this.search = search;
  }

  @GetMapping("/api/v1/search")
  EvidenceSearch.Results search(@RequestParam(required = false) String q, @RequestParam(required = false) Long projectId,
      @RequestParam(required = false) Side side, @RequestParam(required = false) Long codeId,
      @RequestParam(required = false) Long caseId, @RequestParam(defaultValue = "0") int from,
      @RequestParam(defaultValue = "20") int size) {
    if (q == null || q.isBlank()) {
      throw new IllegalArgumentException("Give the words to search for in 'q'.");
    }
    return search.search(new EvidenceSearch.Query(q, projectId, side, codeId, caseId, from, size));
  }
}
