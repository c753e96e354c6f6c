package org.phasezero.security.web;

import jakarta.validation.Valid;
import java.util.List;
import org.phasezero.security.Account;
import org.phasezero.security.Accounts;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.Role;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.ListExports;
import org.phasezero.shared.ListLinks;
import org.phasezero.shared.Page;
import org.phasezero.shared.Sorting;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in person's account (details, their password, their access tokens and the API) and,
 * for the coordinator, everyone's accounts with a password reset.
 */
@Controller
class AccountPages {

  private final Accounts accounts;
  private final ListExports exports;

  AccountPages(Accounts accounts, ListExports exports) {
    this.accounts = accounts;
    this.exports = exports;
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

  static final List<ListExports.Column<Account>> COLUMNS = List.of(
      ListExports.column("account.name", Account::displayName),
      ListExports.column("account.username", Account::username),
      ListExports.column("account.role", a -> new ListExports.Message("role." + a.role().name(), a.role().name())),
      ListExports.column("accounts.created", Account::createdAt));

  @GetMapping("/accounts")
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "0") int page, Model model) {
    requireCoordinator();
    Sorting.Sort chosen = Accounts.SORTING.resolve(sort, dir);
    model.addAttribute("q", q);
    model.addAttribute("role", role);
    model.addAttribute("roleValues", Role.values());
    model.addAttribute("links", links(q, role, chosen));
    model.addAttribute("results", accounts.search(q, role, chosen, new Page.Request(page, 25)));
    model.addAttribute("me", CurrentUser.require().username());
    return "account/list";
  }

  /** Everyone's accounts as they are filtered and sorted, as CSV or XLSX (audited); no passwords, of course. */
  @GetMapping("/accounts/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "csv") String format) {
    requireCoordinator();
    Sorting.Sort chosen = Accounts.SORTING.resolve(sort, dir);
    return exports.download("accounts", "accounts.title", links(q, role, chosen),
        p -> accounts.search(q, role, chosen, p), COLUMNS, format);
  }

  private static ListLinks links(String q, Role role, Sorting.Sort sort) {
    return ListLinks.of("/accounts", Accounts.SORTING, sort, "q", q, "role", role);
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
