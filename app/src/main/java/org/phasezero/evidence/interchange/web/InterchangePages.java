package org.phasezero.evidence.interchange.web;

import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.interchange.CodebookImportResult;
import org.phasezero.evidence.interchange.CodebookInterchange;
import org.phasezero.evidence.interchange.ImportResult;
import org.phasezero.evidence.interchange.ProjectInterchange;
import org.phasezero.evidence.interchange.QdcRefused;
import org.phasezero.evidence.interchange.QdpxRefused;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a project from a {@code .qdpx} file (within the request: the NVivo export of a 600,000
 * character project takes a few seconds), what the import kept without showing, and the download;
 * a project's codebook as a {@code .qdc} download, and a {@code .qdc} merged into it from the form
 * on the codebook page (what it changed is shown there; a file refused is shown on a page of its own
 * with the form again).
 */
@Controller
@RequestMapping("/research")
class InterchangePages {

  private static final int PROBLEMS_SHOWN = 20;

  private final ProjectInterchange interchange;
  private final CodebookInterchange codebooks;
  private final ResearchProjects projects;

  /** Files up to this size are imported while the browser waits; larger ones in the background, with a progress page. */
  static final int IN_REQUEST = 1024 * 1024;

  private final org.phasezero.evidence.Imports imports;

  InterchangePages(ProjectInterchange interchange, CodebookInterchange codebooks, ResearchProjects projects,
      org.phasezero.evidence.Imports imports) {
    this.imports = imports;
    this.interchange = interchange;
    this.codebooks = codebooks;
    this.projects = projects;
  }

  @GetMapping("/import")
  String form(Model model) {
    requireImporter();
    model.addAttribute("form", new ImportForm());
    return "research/import-project";
  }

  @PostMapping("/import")
  String importProject(@ModelAttribute("form") ImportForm form, BindingResult result) {
    requireImporter();
    if (form.getFile() == null || form.getFile().isEmpty()) {
      result.rejectValue("file", "required", "Choose a .qdpx file to import");
      return "research/import-project";
    }
    byte[] bytes = InterchangeApi.bytes(form.getFile());
    String fileName = form.getFile().getOriginalFilename();
    try {
      if (bytes.length > IN_REQUEST) {
        String job = imports.start("Importing " + (fileName == null ? "a project" : fileName), progress ->
            "/research/" + interchange.importProject(bytes, form.getName(), fileName, progress).project().id()
                + "/imported");
        return "redirect:/research/imports/" + job;
      }
      ImportResult imported = interchange.importProject(bytes, form.getName(), fileName);
      return "redirect:/research/" + imported.project().id() + "/imported";
    } catch (QdpxRefused e) {
      result.rejectValue("file", "refused", e.getMessage());
      e.problems().stream().skip(1).limit(PROBLEMS_SHOWN).forEach(p -> result.reject("refused", p));
    } catch (Conflict e) {
      FormErrors.reject(result, e);
    }
    return "research/import-project";
  }

  /** What an import brought in and what it kept without showing. */
  @GetMapping("/{id}/imported")
  String imported(@PathVariable long id, Model model) {
    model.addAttribute("project", projects.get(id));
    model.addAttribute("warnings", interchange.importWarnings(id));
    return "research/imported";
  }

  @GetMapping("/{id}/export.qdpx")
  ResponseEntity<byte[]> export(@PathVariable long id) {
    return Downloads.qdpx(interchange, projects, id);
  }

  @GetMapping("/{id}/codebook.qdc")
  ResponseEntity<byte[]> exportCodebook(@PathVariable long id) {
    return Downloads.qdc(codebooks, projects, id);
  }

  @PostMapping("/{id}/codebook/import")
  String importCodebook(@PathVariable long id, @ModelAttribute("upload") CodebookUpload upload, BindingResult result,
      Model model, RedirectAttributes redirect) {
    ResearchProject project = projects.requireWorkable(id);
    if (upload.getFile() == null || upload.getFile().isEmpty()) {
      result.rejectValue("file", "codebook.import.file.required", "Choose a .qdc codebook file to import");
    } else {
      try {
        CodebookImportResult imported = codebooks.importCodebook(id, InterchangeApi.bytes(upload.getFile()),
            upload.getFile().getOriginalFilename());
        redirect.addFlashAttribute("codebookImport", imported);
        return "redirect:/research/" + id + "/codes#codebook-imported";
      } catch (QdcRefused e) {
        result.rejectValue("file", "refused", e.getMessage());
        e.problems().stream().skip(1).limit(PROBLEMS_SHOWN).forEach(p -> result.reject("refused", p));
      } catch (Conflict e) {
        FormErrors.reject(result, e);
      }
    }
    model.addAttribute("project", project);
    return "research/codebook-import";
  }

  private void requireImporter() {
    if (!interchange.mayImport()) {
      throw new Forbidden("Only the coordinator or a researcher can import a research project.");
    }
  }
}
