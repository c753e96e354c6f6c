package org.phasezero.evidence.web;

import jakarta.validation.Valid;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.MemoTarget;
import org.phasezero.evidence.Memos;
import org.phasezero.evidence.ProjectForm;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.Sources;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Research projects: the list a user may open, a project's page with its sources, members and memos. */
@Controller
@RequestMapping("/research")
class ProjectPages {

  private final ResearchProjects projects;
  private final Sources sources;
  private final Codebook codebook;
  private final Memos memos;

  ProjectPages(ResearchProjects projects, Sources sources, Codebook codebook, Memos memos) {
    this.projects = projects;
    this.sources = sources;
    this.codebook = codebook;
    this.memos = memos;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("projects", projects.visible());
    model.addAttribute("mayCreate", projects.mayCreate());
    return "research/list";
  }

  @GetMapping("/new")
  String createForm(Model model) {
    if (!projects.mayCreate()) {
      throw new Forbidden("Only the coordinator or a researcher can start a research project.");
    }
    model.addAttribute("form", new ProjectForm());
    return "research/form";
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult result) {
    return FormErrors.submit(result, () -> "redirect:/research/" + projects.create(form).id() + "?added",
        () -> "research/form");
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    ResearchProject p = projects.get(id);
    model.addAttribute("project", p);
    model.addAttribute("sources", sources.ofProject(id));
    model.addAttribute("members", projects.members(id));
    model.addAttribute("codeCount", codebook.tree(id).size());
    model.addAttribute("memos", memos.on(MemoTarget.PROJECT, id));
    model.addAttribute("mayManage", projects.mayManageMembers(p));
    model.addAttribute("mayWork", !p.voided());
    var user = org.phasezero.security.CurrentUser.require();
    model.addAttribute("isCoordinator", user.isCoordinator());
    model.addAttribute("mayTakeResearchExport", ProjectAccess.mayTakeResearchExport(user));
    return "research/show";
  }

  @PostMapping("/{id}/members")
  String addMember(@PathVariable long id, @RequestParam(required = false) String username, Model model) {
    try {
      projects.addMember(id, username);
      return "redirect:/research/" + id + "?saved#members";
    } catch (Conflict e) {
      model.addAttribute("memberError", e.getMessage());
      model.addAttribute("username", username);
      return show(id, model);
    }
  }

  @GetMapping("/{id}/members/{memberId}/remove")
  String removeMemberForm(@PathVariable long id, @PathVariable long memberId, Model model) {
    if (!projects.mayManageMembers(projects.get(id))) {
      throw new Forbidden("Only the coordinator or a researcher on this project can change its members.");
    }
    var member = projects.members(id).stream().filter(m -> m.id() == memberId).findFirst()
        .orElseThrow(() -> new org.phasezero.shared.NotFound("project member", memberId));
    return VoidPage.showRemoval(model, member.displayName(), "/research/" + id,
        "/research/" + id + "/members/" + memberId + "/remove", new VoidRequest());
  }

  @PostMapping("/{id}/members/{memberId}/remove")
  String removeMember(@PathVariable long id, @PathVariable long memberId,
      @Valid @ModelAttribute("form") VoidRequest form, BindingResult result, Model model) {
    var member = projects.members(id).stream().filter(m -> m.id() == memberId).findFirst()
        .orElseThrow(() -> new org.phasezero.shared.NotFound("project member", memberId));
    return VoidPage.submitRemoval(model, member.displayName(), "/research/" + id,
        "/research/" + id + "/members/" + memberId + "/remove", form, result,
        reason -> projects.removeMember(id, memberId, reason), "redirect:/research/" + id + "?voided#members");
  }

  @PostMapping("/{id}/memos")
  String writeMemo(@PathVariable long id, @RequestParam(required = false) String title,
      @RequestParam(required = false) String body, Model model) {
    try {
      memos.write(MemoTarget.PROJECT, id, title, body);
      return "redirect:/research/" + id + "?saved#memos";
    } catch (Conflict e) {
      model.addAttribute("memoError", e.getMessage());
      return show(id, model);
    }
  }
}
