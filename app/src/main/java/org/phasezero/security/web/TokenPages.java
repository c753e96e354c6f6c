package org.phasezero.security.web;

import java.time.Duration;
import org.phasezero.security.AccessTokens;
import org.phasezero.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's own account page: their personal access tokens for scripts. */
@Controller
@RequestMapping("/account/tokens")
class TokenPages {

  private final AccessTokens tokens;

  TokenPages(AccessTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("tokens", tokens.listFor(CurrentUser.require()));
    model.addAttribute("now", java.time.Instant.now());
    return "account/tokens";
  }

  @PostMapping
  String create(@RequestParam(required = false) String name, @RequestParam(defaultValue = "90") int days, Model model) {
    if (name == null || name.isBlank() || name.length() > 100) {
      model.addAttribute("nameError", true);
      return list(model);
    }
    var created = tokens.create(CurrentUser.require(), name, Duration.ofDays(Math.max(1, Math.min(days, 366))));
    model.addAttribute("created", created);
    return list(model);
  }

  @PostMapping("/{id}/revoke")
  String revoke(@PathVariable long id) {
    tokens.revoke(CurrentUser.require(), id);
    return "redirect:/account/tokens?revoked";
  }
}
