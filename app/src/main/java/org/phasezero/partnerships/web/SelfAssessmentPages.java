package org.phasezero.partnerships.web;

import org.phasezero.shared.MayEdit;
import org.phasezero.shared.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.partnerships.SelfAssessment;
import org.phasezero.partnerships.SelfAssessmentForm;
import org.phasezero.partnerships.SelfAssessments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A partnership's 4Pi self-assessments over time, and recording a new one. */
@Controller
@RequestMapping("/partnerships/{id}/assessments")
class SelfAssessmentPages {

  private final Partnerships partnerships;
  private final SelfAssessments assessments;

  SelfAssessmentPages(Partnerships partnerships, SelfAssessments assessments) {
    this.partnerships = partnerships;
    this.assessments = assessments;
  }

  @GetMapping
  String list(@PathVariable long id, Model model) {
    Partnership p = partnerships.get(id);
    List<SelfAssessment> history = assessments.of(id);
    model.addAttribute("partnership", p);
    model.addAttribute("history", history);
    model.addAttribute("change", SelfAssessments.changeSinceFirst(history));
    model.addAttribute("mayRecord", partnerships.mayContribute(p));
    return "partnerships/assessments";
  }

  @GetMapping("/new")
  String createForm(@PathVariable long id, Model model) {
    Partnership p = partnerships.get(id);
    MayEdit.require(partnerships.mayContribute(p));
    model.addAttribute("partnership", p);
    model.addAttribute("form", new SelfAssessmentForm());
    return "partnerships/assessment";
  }

  @PostMapping("/new")
  String create(@PathVariable long id, @Valid @ModelAttribute("form") SelfAssessmentForm form, BindingResult result,
      Model model) {
    Partnership p = partnerships.get(id);
    MayEdit.require(partnerships.mayContribute(p));
    model.addAttribute("partnership", p);
    return FormErrors.submit(result, () -> {
      assessments.create(id, form);
      return "redirect:/partnerships/" + id + "/assessments?added";
    }, () -> "partnerships/assessment");
  }
}
