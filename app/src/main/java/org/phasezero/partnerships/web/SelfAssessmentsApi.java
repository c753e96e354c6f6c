package org.phasezero.partnerships.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.partnerships.SelfAssessment;
import org.phasezero.partnerships.SelfAssessmentForm;
import org.phasezero.partnerships.SelfAssessments;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/partnerships/{id}/assessments}: a partnership's 4Pi self-assessments, oldest first. */
@RestController
@RequestMapping("/api/v1/partnerships/{id}/assessments")
class SelfAssessmentsApi {

  private final SelfAssessments assessments;

  SelfAssessmentsApi(SelfAssessments assessments) {
    this.assessments = assessments;
  }

  @GetMapping
  List<SelfAssessment> list(@PathVariable long id) {
    return assessments.of(id);
  }

  @PostMapping
  ResponseEntity<SelfAssessment> create(@PathVariable long id, @Valid @RequestBody SelfAssessmentForm form) {
    SelfAssessment a = assessments.create(id, form);
    return ResponseEntity.created(URI.create("/api/v1/partnerships/" + id + "/assessments")).body(a);
  }
}
