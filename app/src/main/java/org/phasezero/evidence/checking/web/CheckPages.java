package org.phasezero.evidence.checking.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.checking.CheckAnswers;
import org.phasezero.evidence.checking.MemberCheck;
import org.phasezero.evidence.checking.MemberChecks;
import org.phasezero.evidence.themes.ThematicNetworks;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Member checks in pages: a project's checks and the form that sends one; a check's page with the
 * link (shown once), the answers, a printable paper copy and the form that records a paper copy's
 * answers; and the participant's own page, reached by the link without an account.
 */
@Controller
class CheckPages {

  private final MemberChecks checks;
  private final ResearchProjects projects;
  private final ThematicNetworks networks;

  private final org.phasezero.shared.Reasons reasons;

  CheckPages(MemberChecks checks, ResearchProjects projects, ThematicNetworks networks,
      org.phasezero.shared.Reasons reasons) {
    this.reasons = reasons;
    this.checks = checks;
    this.projects = projects;
    this.networks = networks;
  }

  @GetMapping("/research/{projectId}/member-checks")
  String list(@PathVariable long projectId, Model model) {
    ResearchProject project = projects.get(projectId);
    model.addAttribute("project", project);
    model.addAttribute("checks", checks.ofProject(projectId));
    boolean maySend = !project.voided() && projects.mayManageMembers(project);
    model.addAttribute("maySend", maySend);
    if (maySend) {
      model.addAttribute("participants", checks.participants(projectId));
      model.addAttribute("networks", networks.ofProject(projectId));
    }
    model.addAttribute("defaultDays", MemberChecks.DEFAULT_DAYS);
    return "research/checks/list";
  }

  @PostMapping("/research/{projectId}/member-checks")
  String send(@PathVariable long projectId, @RequestParam(required = false) Long personId,
      @RequestParam(required = false) Long networkId, @RequestParam(required = false) String summary,
      @RequestParam(required = false) Integer days, Model model, RedirectAttributes flash) {
    try {
      if (personId == null) {
        throw new Conflict("personId", "Choose the participant.");
      }
      MemberChecks.Sent sent = checks.send(projectId, personId, networkId, summary, days);
      flash.addFlashAttribute("token", sent.token());
      return "redirect:/research/member-checks/" + sent.check().id() + "?added";
    } catch (Conflict e) {
      model.addAttribute("sendError", e.getMessage());
      model.addAttribute("typed", Map.of("summary", summary == null ? "" : summary));
      return list(projectId, model);
    }
  }

  @GetMapping("/research/member-checks/{id}")
  String show(@PathVariable long id, Model model) {
    MemberCheck c = checks.get(id);
    ResearchProject project = projects.get(c.projectId());
    model.addAttribute("check", c);
    model.addAttribute("project", project);
    model.addAttribute("mayManage", !project.voided() && projects.mayManageMembers(project));
    return "research/checks/check";
  }

  /** The paper copy: the same summary, themes and quotes, with boxes to tick and room to write. */
  @GetMapping("/research/member-checks/{id}/paper")
  String paper(@PathVariable long id, Model model) {
    MemberCheck c = checks.get(id);
    model.addAttribute("check", c);
    model.addAttribute("project", projects.get(c.projectId()));
    return "research/checks/paper";
  }

  @PostMapping("/research/member-checks/{id}/paper")
  String recordPaper(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
    try {
      checks.recordPaper(id, CheckAnswers.of(form));
    } catch (Conflict e) {
      model.addAttribute("paperError", e.getMessage());
      return show(id, model);
    }
    return "redirect:/research/member-checks/" + id + "?saved";
  }

  @GetMapping("/research/member-checks/{id}/void")
  String revokeForm(@PathVariable long id, Model model) {
    MemberCheck c = checks.get(id);
    return VoidPage.show(model, c.participant(), "/research/member-checks/" + id, new VoidRequest());
  }

  @PostMapping("/research/member-checks/{id}/void")
  String revoke(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    MemberCheck c = checks.get(id);
    return VoidPage.submit(model, c.participant(), "/research/member-checks/" + id, form, result,
        reason -> checks.revoke(id, reason), "redirect:/research/member-checks/" + id + "?voided");
  }

  // ---- The participant ------------------------------------------------------------------------

  @GetMapping("/check/{token}")
  String participant(@PathVariable String token, Model model, HttpServletResponse response) {
    MemberChecks.Opened opened = checks.open(token);
    model.addAttribute("check", opened.check());
    model.addAttribute("token", token);
    if (opened.expired()) {
      response.setStatus(410);
      return "research/checks/closed";
    }
    return "research/checks/participant";
  }

  @PostMapping("/check/{token}")
  String answer(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response) {
    try {
      checks.answer(token, CheckAnswers.of(form));
    } catch (Conflict e) {
      model.addAttribute("answerError", reasons.of(e));
      response.setStatus(409);
      return participant(token, model, response);
    }
    return "redirect:/check/" + token + "?thanks";
  }
}
