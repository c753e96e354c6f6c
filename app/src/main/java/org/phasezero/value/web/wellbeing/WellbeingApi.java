package org.phasezero.value.web.wellbeing;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.analysis.wellbeing.WellbeingScale;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.VoidRequest;
import org.phasezero.value.WellbeingAnswersForm;
import org.phasezero.value.WellbeingChanges;
import org.phasezero.value.WellbeingMeasure;
import org.phasezero.value.WellbeingMeasureForm;
import org.phasezero.value.WellbeingMeasures;
import org.phasezero.value.WellbeingResponse;
import org.phasezero.value.WellbeingSummary;
import org.phasezero.value.WellbeingWording;
import org.phasezero.value.WellbeingWordingForm;
import org.phasezero.value.WellbeingWordings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/outcomes}: wellbeing measures (WEMWBS, SWEMWBS), their answers and change, one-time
 * links, and the scales' licensed wording.
 */
@RestController
@RequestMapping("/api/v1/outcomes")
class WellbeingApi {

  private final WellbeingMeasures measures;
  private final WellbeingChanges changes;
  private final WellbeingWordings wordings;

  WellbeingApi(WellbeingMeasures measures, WellbeingChanges changes, WellbeingWordings wordings) {
    this.measures = measures;
    this.changes = changes;
    this.wordings = wordings;
  }

  @GetMapping
  List<WellbeingMeasure> list(@RequestParam(required = false) Long partnershipId) {
    return measures.list(partnershipId);
  }

  @PostMapping
  ResponseEntity<WellbeingMeasure> create(@Valid @RequestBody WellbeingMeasureForm form) {
    WellbeingMeasure m = measures.create(form);
    return ResponseEntity.created(URI.create("/api/v1/outcomes/" + m.id())).body(m);
  }

  @GetMapping("/{id}")
  WellbeingMeasure get(@PathVariable long id) {
    return measures.get(id);
  }

  @PostMapping("/{id}/void")
  WellbeingMeasure voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return measures.voidRecord(id, request.getReason());
  }

  /** Change from the baseline to a follow-up (the latest answered when none is given). */
  @GetMapping("/{id}/change")
  WellbeingSummary change(@PathVariable long id, @RequestParam(required = false) Integer followUp) {
    return changes.summary(id, followUp);
  }

  @GetMapping("/{id}/responses")
  List<WellbeingResponse> responses(@PathVariable long id) {
    return measures.responses(id);
  }

  @PostMapping("/{id}/responses")
  ResponseEntity<WellbeingResponse> record(@PathVariable long id, @Valid @RequestBody WellbeingAnswersForm form) {
    WellbeingResponse r = measures.record(id, form);
    return ResponseEntity.created(URI.create("/api/v1/outcomes/" + id + "/responses/" + r.id())).body(r);
  }

  /** A one-time link for a person to answer on their own device; its address is shown only here. */
  @PostMapping("/{id}/links")
  ResponseEntity<WellbeingMeasures.Link> link(@PathVariable long id, @RequestBody WellbeingPages.LinkForm form) {
    if (form.getPersonId() == null) {
      throw new org.phasezero.shared.Conflict("personId", "Choose who the link is for.");
    }
    return ResponseEntity.status(201).body(measures.makeLink(id, form.getPersonId(), form.getTimePoint(),
        form.getLanguage()));
  }

  @GetMapping("/wording/{scale}/{language}")
  WellbeingWording wording(@PathVariable WellbeingScale scale, @PathVariable String language) {
    return wordings.get(scale, language).orElseThrow(() -> new NotFound("wording", scale + "/" + language));
  }

  @PutMapping("/wording/{scale}/{language}")
  WellbeingWording saveWording(@PathVariable WellbeingScale scale, @PathVariable String language,
      @Valid @RequestBody WellbeingWordingForm form) {
    return wordings.save(scale, language, form);
  }
}
