package org.phasezero.evidence.interchange.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.interchange.CodebookImportResult;
import org.phasezero.evidence.interchange.CodebookInterchange;
import org.phasezero.evidence.interchange.ImportResult;
import org.phasezero.evidence.interchange.ProjectInterchange;
import org.phasezero.shared.Conflict;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/projects}: a whole project, or a project's codebook, in and out as REFI-QDA. Import
 * is a multipart upload (the {@code .qdpx} or {@code .qdc} in the part {@code file}; for a project,
 * an optional {@code name}); a file refused is a 400 (unreadable or unsafe), 413 (too large) or 422
 * (inconsistent) problem listing each problem, with nothing stored.
 */
@RestController
@RequestMapping("/api/v1/projects")
class InterchangeApi {

  private final ProjectInterchange interchange;
  private final CodebookInterchange codebooks;
  private final ResearchProjects projects;

  InterchangeApi(ProjectInterchange interchange, CodebookInterchange codebooks, ResearchProjects projects) {
    this.interchange = interchange;
    this.codebooks = codebooks;
    this.projects = projects;
  }

  @PostMapping(path = "/import", consumes = "multipart/form-data")
  ResponseEntity<ImportResult> importProject(@RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "name", required = false) String name) {
    if (file == null || file.isEmpty()) {
      if (!interchange.mayImport()) {
        throw new org.phasezero.shared.Forbidden("Only the coordinator or a researcher can import a research project.");
      }
      throw new Conflict("file", "Choose a .qdpx file to import (the multipart part 'file').");
    }
    ImportResult result = interchange.importProject(bytes(file), name, file.getOriginalFilename());
    return ResponseEntity.created(URI.create("/api/v1/projects/" + result.project().id())).body(result);
  }

  @GetMapping("/{id}/export.qdpx")
  ResponseEntity<byte[]> export(@PathVariable long id) {
    return Downloads.qdpx(interchange, projects, id);
  }

  @GetMapping("/{id}/codebook.qdc")
  ResponseEntity<byte[]> exportCodebook(@PathVariable long id) {
    return Downloads.qdc(codebooks, projects, id);
  }

  /** Merges a {@code .qdc} into the project's codebook by GUID: 200 with what was added, updated and unchanged. */
  @PostMapping(path = "/{id}/codebook/import", consumes = "multipart/form-data")
  CodebookImportResult importCodebook(@PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    if (file == null) {
      projects.requireWorkable(id);
      throw new Conflict("file", "Choose a .qdc codebook file to import (the multipart part 'file').");
    }
    return codebooks.importCodebook(id, bytes(file), file.getOriginalFilename());
  }

  static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the upload", e);
    }
  }
}
