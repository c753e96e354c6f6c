package org.phasezero.socialcapital.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Forbidden;
import org.phasezero.socialcapital.SurveyImport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing ties from a network survey: upload the CSV, read the preview (a dry run: what would be
 * recorded, and every row that is wrong, with why), then record. Coordinators only.
 */
@Controller
class SurveyPages {

  private final SurveyImport survey;

  SurveyPages(SurveyImport survey) {
    this.survey = survey;
  }

  @GetMapping("/social-capital/import")
  String form() {
    requireCoordinator();
    return "socialcapital/import";
  }

  @PostMapping("/social-capital/import")
  String run(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String csv,
      @RequestParam(defaultValue = "true") boolean dryRun, Model model) throws IOException {
    requireCoordinator();
    String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : csv;
    try {
      SurveyImport.Result result = survey.run(text, dryRun);
      model.addAttribute("result", result);
      model.addAttribute("csv", text);
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
    }
    return "socialcapital/import";
  }

  private static void requireCoordinator() {
    if (!CurrentUser.require().isCoordinator()) {
      throw new Forbidden("Only a coordinator can import a network survey.");
    }
  }
}
