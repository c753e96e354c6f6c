package org.phasezero.evidence.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.evidence.CaseForm;
import org.phasezero.evidence.CaseVariable;
import org.phasezero.evidence.Cases;
import org.phasezero.evidence.EvidenceCase;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases}: a project's cases and attributes. A case is made from a person
 * ({@code personId}), a site ({@code siteId}) or a name; attribute values travel by attribute name.
 */
@RestController
class CasesApi {

  /** Exactly one of personId, siteId and name. */
  record NewCase(Long projectId, Long personId, Long siteId, String name, String description,
      java.util.Map<String, String> values) {}

  /** An attribute to add to a project. */
  record NewAttribute(String name) {}

  /** A source to link to a case. */
  record SourceLink(Long sourceId) {}

  private final Cases cases;

  CasesApi(Cases cases) {
    this.cases = cases;
  }

  @GetMapping("/api/v1/cases")
  List<EvidenceCase> ofProject(@RequestParam long projectId) {
    return cases.ofProject(projectId);
  }

  @GetMapping("/api/v1/cases/{id}")
  EvidenceCase get(@PathVariable long id) {
    return cases.get(id);
  }

  @PostMapping("/api/v1/cases")
  ResponseEntity<EvidenceCase> create(@RequestBody NewCase r) {
    if (r.projectId() == null) {
      throw new Conflict("projectId", "Give the projectId of the project the case belongs to.");
    }
    int given = (r.personId() == null ? 0 : 1) + (r.siteId() == null ? 0 : 1) + (r.name() == null ? 0 : 1);
    if (given != 1) {
      throw new Conflict("personId", "Give exactly one of personId, siteId or name.");
    }
    EvidenceCase c;
    if (r.personId() != null) {
      c = cases.addPerson(r.projectId(), r.personId());
    } else if (r.siteId() != null) {
      c = cases.addSite(r.projectId(), r.siteId());
    } else {
      if (r.name().isBlank() || r.name().length() > 300) {
        throw new Conflict("name", "Name the case in 300 characters or fewer.");
      }
      CaseForm form = new CaseForm(r.name(), r.description());
      form.setValues(r.values());
      c = cases.create(r.projectId(), form);
    }
    return ResponseEntity.created(URI.create("/api/v1/cases/" + c.id())).body(c);
  }

  @PutMapping("/api/v1/cases/{id}")
  EvidenceCase update(@PathVariable long id, @Valid @RequestBody CaseForm form) {
    return cases.update(id, form);
  }

  @PostMapping("/api/v1/cases/{id}/sources")
  EvidenceCase link(@PathVariable long id, @RequestBody SourceLink r) {
    if (r.sourceId() == null) {
      throw new Conflict("sourceId", "Give the sourceId of the source to link.");
    }
    return cases.linkSource(id, r.sourceId());
  }

  @PostMapping("/api/v1/cases/{id}/sources/{sourceId}/unlink")
  EvidenceCase unlink(@PathVariable long id, @PathVariable long sourceId) {
    return cases.unlinkSource(id, sourceId);
  }

  @PostMapping("/api/v1/cases/{id}/void")
  EvidenceCase remove(@PathVariable long id, @Valid @RequestBody VoidRequest r) {
    return cases.remove(id, r.getReason());
  }

  @GetMapping("/api/v1/projects/{projectId}/attributes")
  List<CaseVariable> attributes(@PathVariable long projectId) {
    return cases.variables(projectId);
  }

  @PostMapping("/api/v1/projects/{projectId}/attributes")
  ResponseEntity<CaseVariable> addAttribute(@PathVariable long projectId, @RequestBody NewAttribute r) {
    CaseVariable v = cases.addVariable(projectId, r.name());
    return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/attributes")).body(v);
  }
}
