package org.phasezero.evidence.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.phasezero.evidence.ImportProgress;
import org.phasezero.evidence.Imports;
import org.phasezero.evidence.PseudonymKey;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.SourceImport;
import org.phasezero.evidence.SourceKind;
import org.phasezero.evidence.files.UnreadableSourceException;
import org.phasezero.shared.Conflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Adding a source by uploading its file. A small file is read at once and the source opens; a large
 * one is read in the background while a page shows how far it has got (it refreshes itself, so it
 * works without JavaScript). The pseudonym key of a project is shown here to the coordinator.
 */
@Controller
class SourceImportPages {

  /** Files up to this size are imported within the request; larger ones in the background. */
  static final int IN_REQUEST = 1024 * 1024;

  private final ResearchProjects projects;
  private final SourceImport sourceImport;
  private final Imports imports;
  private final PseudonymKey key;

  SourceImportPages(ResearchProjects projects, SourceImport sourceImport, Imports imports, PseudonymKey key) {
    this.projects = projects;
    this.sourceImport = sourceImport;
    this.imports = imports;
    this.key = key;
  }

  @GetMapping("/research/{projectId}/sources/new")
  String form(@PathVariable long projectId, Model model) {
    ResearchProject project = projects.requireWorkable(projectId);
    model.addAttribute("project", project);
    model.addAttribute("kinds", SourceKind.values());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new SourceUploadForm());
    }
    return "research/source-form";
  }

  @PostMapping("/research/{projectId}/sources/new")
  String upload(@PathVariable long projectId, @Valid @ModelAttribute("form") SourceUploadForm form,
      BindingResult result, @RequestParam(required = false) MultipartFile file, Model model) {
    if (file == null || file.isEmpty()) {
      result.rejectValue("name", "file", "Choose the file to import.");
    }
    if (result.hasErrors()) {
      return form(projectId, model);
    }
    byte[] bytes = bytes(file);
    var request = new SourceImport.Request(projectId, form, file.getOriginalFilename(), bytes, form.otherNameList(),
        form.isReplaceNetworkNames());
    if (bytes.length <= IN_REQUEST) {
      try {
        return "redirect:/research/sources/" + sourceImport.run(request, ImportProgress.NONE).source().id() + "?added";
      } catch (Conflict | UnreadableSourceException e) {
        result.reject("file", e.getMessage());
        return form(projectId, model);
      }
    }
    String job = imports.start("Importing " + file.getOriginalFilename(),
        progress -> "/research/sources/" + sourceImport.run(request, progress).source().id() + "?added");
    return "redirect:/research/imports/" + job;
  }

  /** How far an import has got; refreshes itself every second until it is done. */
  @GetMapping("/research/imports/{jobId}")
  String progress(@PathVariable String jobId, Model model,
      @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
      jakarta.servlet.http.HttpServletResponse response) {
    Imports.Job job = imports.get(jobId);
    if (job.resultPath() != null) {
      if (htmx != null) {
        response.setHeader("HX-Redirect", job.resultPath());
      }
      return "redirect:" + job.resultPath();
    }
    model.addAttribute("job", job);
    return "research/import";
  }

  /** The pseudonym key of a project: the coordinator's only, and each reading is audited. */
  @GetMapping("/research/{projectId}/key")
  String pseudonymKey(@PathVariable long projectId, Model model) {
    model.addAttribute("entries", key.entries(projectId));
    model.addAttribute("project", projects.get(projectId));
    return "research/key";
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
