package org.phasezero.security.web;

import jakarta.validation.Valid;
import org.phasezero.security.Accounts;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The signed-in person's account (details, their password, their access tokens and the API) and,
 * for the coordinator, everyone's accounts with a password reset.
 */
@Controller
class AccountPages {

  private final Accounts accounts;

  AccountPages(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/account")
  String show(Model model) {
    model.addAttribute("account", accounts.find(CurrentUser.require().username()).orElse(null));
    return "account/show";
  }

  @GetMapping("/account/password")
  String passwordForm(Model model) {
    model.addAttribute("form", new PasswordChange());
    return "account/password";
  }

  @PostMapping("/account/password")
  String changePassword(@Valid @ModelAttribute("form") PasswordChange form, BindingResult result) {
    if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
      result.rejectValue("confirmPassword", "account.password.confirm.differs");
    }
    return FormErrors.submit(result, () -> {
      accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
      return "redirect:/account?passwordChanged";
    }, () -> "account/password");
  }

  @GetMapping("/accounts")
  String list(Model model) {
    requireCoordinator();
    model.addAttribute("accounts", accounts.all());
    model.addAttribute("me", CurrentUser.require().username());
    return "account/list";
  }

  /** The new password is shown on this answer only (never in an address, never stored in clear). */
  @PostMapping("/accounts/{username}/reset")
  String reset(@PathVariable String username, Model model) {
    requireCoordinator();
    model.addAttribute("username", username);
    model.addAttribute("password", accounts.resetPassword(username));
    return "account/reset";
  }

  private static void requireCoordinator() {
    if (!CurrentUser.require().isCoordinator()) {
      throw new Forbidden("Only a coordinator manages other people's accounts.");
    }
  }
}
