package org.phasezero.partnerships.web;

import jakarta.validation.Valid;
import org.phasezero.network.Organisations;
import org.phasezero.partnerships.MemberForm;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.PartnershipMembers;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.shared.Choice;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.MayEdit;
import org.phasezero.shared.VoidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Adding an organisation to a partnership, and recording that one left (with the reason). */
@Controller
@RequestMapping("/partnerships/{id}/members")
class MemberPages {

  private final Partnerships partnerships;
  private final PartnershipMembers members;
  private final Organisations organisations;

  MemberPages(Partnerships partnerships, PartnershipMembers members, Organisations organisations) {
    this.partnerships = partnerships;
    this.members = members;
    this.organisations = organisations;
  }

  @GetMapping("/new")
  String addForm(@PathVariable long id, Model model) {
    return add(model, managed(id), new MemberForm());
  }

  @PostMapping("/new")
  String add(@PathVariable long id, @Valid @ModelAttribute("form") MemberForm form, BindingResult result, Model model) {
    Partnership p = managed(id);
    return FormErrors.submit(result, () -> {
      members.add(id, form);
      return "redirect:/partnerships/" + id + "?saved";
    }, () -> add(model, p, form));
  }

  private String add(Model model, Partnership p, MemberForm form) {
    model.addAttribute("partnership", p);
    model.addAttribute("organisations", organisations.choices().stream()
        .filter(o -> p.members().stream().noneMatch(m -> m.organisationId() == o.id()))
        .map(o -> new Choice(o.id(), o.name())).toList());
    model.addAttribute("form", form);
    return "partnerships/member";
  }

  @GetMapping("/{organisationId}/remove")
  String removeForm(@PathVariable long id, @PathVariable long organisationId, Model model) {
    Partnership p = managed(id);
    return leave(model, p, organisationId, new VoidRequest(null));
  }

  @PostMapping("/{organisationId}/remove")
  String remove(@PathVariable long id, @PathVariable long organisationId,
      @Valid @ModelAttribute("form") VoidRequest form, BindingResult result, Model model) {
    Partnership p = managed(id);
    return FormErrors.submit(result, () -> {
      members.remove(id, organisationId, form.getReason());
      return "redirect:/partnerships/" + id + "?saved";
    }, () -> leave(model, p, organisationId, form));
  }

  private String leave(Model model, Partnership p, long organisationId, VoidRequest form) {
    model.addAttribute("partnership", p);
    model.addAttribute("member", p.members().stream().filter(m -> m.organisationId() == organisationId).findFirst()
        .orElseThrow(() -> new org.phasezero.shared.NotFound("member", organisationId)));
    model.addAttribute("form", form);
    return "partnerships/leave";
  }

  private Partnership managed(long id) {
    Partnership p = partnerships.get(id);
    MayEdit.require(partnerships.mayManage(p));
    return p;
  }
}
