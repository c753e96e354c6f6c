package org.phasezero.evidence.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.Code;
import org.phasezero.evidence.CodeForm;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.EvidenceSource;
import org.phasezero.evidence.ProjectForm;
import org.phasezero.evidence.ProjectMember;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.Sources;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/projects}: research projects, their members, sources and codebook. */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectsApi {

  private final ResearchProjects projects;
  private final Sources sources;
  private final Codebook codebook;

  ProjectsApi(ResearchProjects projects, Sources sources, Codebook codebook) {
    this.projects = projects;
    this.sources = sources;
    this.codebook = codebook;
  }

  @GetMapping
  List<ResearchProject> list() {
    return projects.visible();
  }

  @GetMapping("/{id}")
  ResearchProject get(@PathVariable long id) {
    return projects.get(id);
  }

  @PostMapping
  ResponseEntity<ResearchProject> create(@Valid @RequestBody ProjectForm form) {
    ResearchProject p = projects.create(form);
    return ResponseEntity.created(URI.create("/api/v1/projects/" + p.id())).body(p);
  }

  @PutMapping("/{id}")
  ResearchProject update(@PathVariable long id, @Valid @RequestBody ProjectForm form) {
    return projects.update(id, form);
  }

  @PostMapping("/{id}/void")
  ResearchProject close(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return projects.close(id, request.getReason());
  }

  @GetMapping("/{id}/members")
  List<ProjectMember> members(@PathVariable long id) {
    return projects.members(id);
  }

  /** Adds an account by username: {@code {"username": "sam"}}. */
  @PostMapping("/{id}/members")
  ResponseEntity<ProjectMember> addMember(@PathVariable long id, @RequestBody Map<String, String> body) {
    ProjectMember m = projects.addMember(id, body.get("username"));
    return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/members")).body(m);
  }

  @PostMapping("/{id}/members/{memberId}/void")
  void removeMember(@PathVariable long id, @PathVariable long memberId, @Valid @RequestBody VoidRequest request) {
    projects.removeMember(id, memberId, request.getReason());
  }

  @GetMapping("/{id}/sources")
  List<EvidenceSource> sources(@PathVariable long id) {
    return sources.ofProject(id);
  }

  @GetMapping("/{id}/codes")
  List<Code> codes(@PathVariable long id) {
    return codebook.tree(id);
  }

  @PostMapping("/{id}/codes")
  ResponseEntity<Code> addCode(@PathVariable long id, @Valid @RequestBody CodeForm form) {
    Code c = codebook.create(id, form);
    return ResponseEntity.created(URI.create("/api/v1/codes/" + c.id())).body(c);
  }
}
