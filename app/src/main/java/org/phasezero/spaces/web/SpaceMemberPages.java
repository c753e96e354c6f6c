package org.phasezero.spaces.web;

import jakarta.validation.Valid;
import org.phasezero.shared.MayEdit;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.phasezero.spaces.SharedSpace;
import org.phasezero.spaces.SharedSpaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Ending a membership of a shared space from its page, with a reason (the membership is kept,
 * marked as ended, in the audit trail). A member's address goes back to the space's member list.
 */
@Controller
@RequestMapping("/spaces/{id}/members/{memberId}")
class SpaceMemberPages {

  private final SharedSpaces spaces;

  SpaceMemberPages(SharedSpaces spaces) {
    this.spaces = spaces;
  }

  @GetMapping
  String backToTheSpace(@PathVariable long id, @PathVariable long memberId) {
    spaces.get(id);
    return "redirect:/spaces/" + id + "#members";
  }

  @GetMapping("/void")
  String removeForm(@PathVariable long id, @PathVariable long memberId, Model model) {
    return VoidPage.show(model, member(id, memberId).name(), "/spaces/" + id + "/members/" + memberId, new VoidRequest());
  }

  @PostMapping("/void")
  String remove(@PathVariable long id, @PathVariable long memberId, @Valid @ModelAttribute("form") VoidRequest form,
      BindingResult result, Model model) {
    return VoidPage.submit(model, member(id, memberId).name(), "/spaces/" + id + "/members/" + memberId, form, result,
        reason -> spaces.removeMember(id, memberId, reason), "redirect:/spaces/" + id + "?saved#members");
  }

  private SharedSpace.Member member(long id, long memberId) {
    SharedSpace s = spaces.get(id);
    MayEdit.require(spaces.mayEdit(s));
    return s.members().stream().filter(m -> m.id() == memberId).findFirst()
        .orElseThrow(() -> new NotFound("space member", memberId));
  }
}
