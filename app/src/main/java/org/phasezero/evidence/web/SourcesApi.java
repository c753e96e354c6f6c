package org.phasezero.evidence.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.evidence.Coding;
import org.phasezero.evidence.Codings;
import org.phasezero.evidence.EvidenceSource;
import org.phasezero.evidence.SourceSegment;
import org.phasezero.evidence.Sources;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/sources} and {@code /api/v1/codings}: sources, a page of their turns, and codings. */
@RestController
class SourcesApi {

  /** A code applied to [start, end) of a source's text (offsets in UTF-16 code units, end exclusive). */
  record CodingRequest(Long sourceId, Long codeId, Integer start, Integer end) {}

  /** Attributes a speaker label's turns to a person: {@code {"label": "P1", "personId": 12}}. */
  record SpeakerRequest(String label, Long personId) {}

  private final Sources sources;
  private final Codings codings;
  private final org.phasezero.evidence.SourceImport sourceImport;

  SourcesApi(Sources sources, Codings codings, org.phasezero.evidence.SourceImport sourceImport) {
    this.sources = sources;
    this.codings = codings;
    this.sourceImport = sourceImport;
  }

  /**
   * Imports a file as a source of the project: multipart with the file in {@code file}, and
   * {@code name}, {@code kind} (INTERVIEW, FOCUS_GROUP, FIELD_NOTES, PLA_OUTPUT, DOCUMENT), optional
   * {@code description}, {@code observedOn}, {@code otherNames} (names to replace, one per line) and
   * {@code replaceNetworkNames} (default true). Answers 201 with the source once it is stored.
   */
  @PostMapping(path = "/api/v1/projects/{projectId}/sources", consumes = "multipart/form-data")
  ResponseEntity<org.phasezero.evidence.SourceImport.Result> importSource(@PathVariable long projectId,
      @org.springframework.web.bind.annotation.RequestPart("file") org.springframework.web.multipart.MultipartFile file,
      @Valid @org.springframework.web.bind.annotation.ModelAttribute SourceUploadForm form) throws java.io.IOException {
    var result = sourceImport.run(new org.phasezero.evidence.SourceImport.Request(projectId, form,
        file.getOriginalFilename(), file.getBytes(), form.otherNameList(), form.isReplaceNetworkNames()),
        org.phasezero.evidence.ImportProgress.NONE);
    return ResponseEntity.created(URI.create("/api/v1/sources/" + result.source().id())).body(result);
  }

  @GetMapping("/api/v1/sources/{id}")
  EvidenceSource get(@PathVariable long id) {
    return sources.get(id);
  }

  /** A page of turns: at most {@code count} (up to 500) from the {@code from}-th (0-based). */
  @GetMapping("/api/v1/sources/{id}/turns")
  List<SourceSegment> turns(@PathVariable long id, @RequestParam(defaultValue = "0") int from,
      @RequestParam(defaultValue = "100") int count) {
    if (from < 0 || count < 1 || count > 500) {
      throw new Conflict("count", "Ask for between 1 and 500 turns from a position of 0 or more.");
    }
    return sources.page(id, from, count);
  }

  @GetMapping("/api/v1/sources/{id}/codings")
  List<Coding> codingsOf(@PathVariable long id) {
    return codings.ofSource(id);
  }

  @PostMapping("/api/v1/sources/{id}/speakers")
  List<Sources.Speaker> linkSpeaker(@PathVariable long id, @RequestBody SpeakerRequest request) {
    if (request.label() == null || request.personId() == null) {
      throw new Conflict("label", "Give the speaker's label and the person's id.");
    }
    sources.linkSpeaker(id, request.label(), request.personId());
    return sources.speakers(id);
  }

  @PostMapping("/api/v1/sources/{id}/void")
  EvidenceSource remove(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return sources.remove(id, request.getReason());
  }

  @PostMapping("/api/v1/codings")
  ResponseEntity<Coding> apply(@RequestBody CodingRequest r) {
    if (r.sourceId() == null || r.codeId() == null || r.start() == null || r.end() == null) {
      throw new Conflict("sourceId", "Give sourceId, codeId, start and end.");
    }
    Coding c = codings.apply(r.sourceId(), r.codeId(), r.start(), r.end());
    return ResponseEntity.created(URI.create("/api/v1/codings/" + c.id())).body(c);
  }

  @GetMapping("/api/v1/codings/{id}")
  Coding coding(@PathVariable long id) {
    return codings.get(id);
  }

  @PostMapping("/api/v1/codings/{id}/void")
  Coding removeCoding(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return codings.remove(id, request.getReason());
  }
}
