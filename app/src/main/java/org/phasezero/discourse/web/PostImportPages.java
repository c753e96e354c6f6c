package org.phasezero.discourse.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.phasezero.discourse.Corpora;
import org.phasezero.discourse.DiscourseCorpus;
import org.phasezero.discourse.PostFormat;
import org.phasezero.discourse.PostImport;
import org.phasezero.discourse.PostImports;
import org.phasezero.discourse.StartImportForm;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.FormErrors;
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
 * Importing online posts in three steps: upload the export, map its columns after a preview of its
 * first records, then watch the import's progress (refreshed by htmx, or by a link without it).
 */
@Controller
class PostImportPages {

  private final Corpora corpora;
  private final PostImports imports;

  PostImportPages(Corpora corpora, PostImports imports) {
    this.corpora = corpora;
    this.imports = imports;
  }

  @GetMapping("/discourse/corpora/{id}/imports/new")
  String uploadForm(@PathVariable long id, Model model) {
    model.addAttribute("corpus", corpora.requireWorkable(id));
    model.addAttribute("formats", PostFormat.values());
    return "discourse/import-upload";
  }

  @PostMapping("/discourse/corpora/{id}/imports/upload")
  String upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) PostFormat format, Model model, HttpServletResponse response) {
    DiscourseCorpus c = corpora.requireWorkable(id);
    try {
      if (file.isEmpty()) {
        throw new Conflict("file", "Choose a file to import.");
      }
      PostImports.Staged staged = imports.stage(id, file.getOriginalFilename(), format, file.getInputStream());
      StartImportForm form = new StartImportForm();
      form.setFile(staged.file());
      form.setFileName(staged.fileName() == null ? "posts" : staged.fileName());
      form.setFormat(staged.format());
      guess(form, staged);
      return mapping(model, c, staged, form);
    } catch (Conflict e) {
      response.setStatus(409);
      model.addAttribute("corpus", c);
      model.addAttribute("formats", PostFormat.values());
      model.addAttribute("problem", e.getMessage());
      return "discourse/import-upload";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Columns named as exports usually name them are chosen for the person, who can change them. */
  private static void guess(StartImportForm form, PostImports.Staged staged) {
    for (String col : staged.columns()) {
      String c = col.toLowerCase(java.util.Locale.ROOT);
      if (form.getText() == null && c.matches("text|body|content|message|post|selftext|full_text")) {
        form.setText(col);
      } else if (form.getAuthor() == null && c.matches("author|user|username|user_name|screen_name|name")) {
        form.setAuthor(col);
      } else if (form.getDate() == null && c.matches("date|created|created_at|created_utc|timestamp|time|posted")) {
        form.setDate(col);
      } else if (form.getThread() == null && c.matches("thread|thread_id|link_id|conversation_id|topic|title")) {
        form.setThread(col);
      } else if (form.getForum() == null && c.matches("forum|subreddit|board|group|channel|community")) {
        form.setForum(col);
      }
    }
  }

  private String mapping(Model model, DiscourseCorpus c, PostImports.Staged staged, StartImportForm form) {
    model.addAttribute("corpus", c);
    model.addAttribute("staged", staged);
    model.addAttribute("form", form);
    model.addAttribute("badLines", PostImport.BadLines.values());
    return "discourse/import-mapping";
  }

  @PostMapping("/discourse/corpora/{id}/imports")
  String start(@PathVariable long id, @Valid @ModelAttribute("form") StartImportForm form, BindingResult result,
      Model model) {
    DiscourseCorpus c = corpora.requireWorkable(id);
    return FormErrors.submit(result, () -> "redirect:/discourse/imports/" + imports.start(id, form).id(),
        () -> mapping(model, c, imports.preview(id, form.getFile(), form.getFileName(), form.getFormat()), form));
  }

  @GetMapping("/discourse/imports/{importId}")
  String progress(@PathVariable long importId, Model model) {
    PostImport imp = imports.get(importId);
    model.addAttribute("imp", imp);
    model.addAttribute("corpus", corpora.get(imp.corpusId()));
    model.addAttribute("percent", imports.percent(imp));
    return "discourse/import";
  }

  @PostMapping("/discourse/imports/{importId}/resume")
  String resume(@PathVariable long importId) {
    imports.resume(importId);
    return "redirect:/discourse/imports/" + importId;
  }
}
