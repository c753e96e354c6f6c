package org.phasezero.web;

import java.util.List;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.Role;
import org.phasezero.shared.SmallNumbers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the network's name, who is signed in, which menu items they get,
 * and the page's language with the switcher's links.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

  /** Menu items shown to a role; the server enforces access regardless of what is shown. */
  public record Navigation(boolean people, boolean ties, boolean audit, String paymentsPath, boolean research,
      boolean value) {}

  private final String networkName;
  private final String htmxVersion;
  private final SmallNumbers smallNumbers;

  LayoutModel(@Value("${phasezero.network.name}") String networkName,
      @Value("${phasezero.htmx.version}") String htmxVersion, SmallNumbers smallNumbers) {
    this.networkName = networkName;
    this.htmxVersion = htmxVersion;
    this.smallNumbers = smallNumbers;
  }

  /**
   * Adds what the layout needs to a model Spring does not fill with the attributes below: the
   * views of exception handlers ({@link PageErrors}), so that error pages keep the header, the
   * navigation and a real title.
   */
  void addTo(org.springframework.ui.Model model) {
    model.addAttribute("smallNumberThreshold", smallNumberThreshold());
    model.addAttribute("htmxVersion", htmxVersion());
    model.addAttribute("networkName", networkName());
    model.addAttribute("currentUser", currentUser());
    model.addAttribute("nav", navigation());
    model.addAttribute("language", language());
    model.addAttribute("languages", languages());
  }

  /** The small-number threshold, for pages that say "fewer than N" where a count is withheld. */
  @ModelAttribute("smallNumberThreshold")
  int smallNumberThreshold() {
    return smallNumbers.threshold();
  }

  /** The htmx WebJar's version, filtered in from the build, for its versioned path. */
  @ModelAttribute("htmxVersion")
  String htmxVersion() {
    return htmxVersion;
  }

  @ModelAttribute("networkName")
  String networkName() {
    return networkName;
  }

  @ModelAttribute("currentUser")
  CurrentUser currentUser() {
    return CurrentUser.get().orElse(null);
  }

  /** The language of this page, for {@code <html lang dir>}. */
  @ModelAttribute("language")
  Language language() {
    return Language.of(LocaleContextHolder.getLocale());
  }

  /** The language switcher's links: this page again, in each language offered. */
  @ModelAttribute("languages")
  List<LanguageLink> languages() {
    return LanguageLink.forCurrentRequest(language());
  }

  @ModelAttribute("nav")
  Navigation navigation() {
    CurrentUser u = CurrentUser.get().orElse(null);
    if (u == null) {
      return new Navigation(false, false, false, null, false, false);
    }
    boolean editor = u.worksWithPeople();
    String payments = editor ? "/payments" : u.seesAggregatesOnly() ? "/payments/totals" : null;
    return new Navigation(editor || u.is(Role.RESEARCHER), editor, u.isCoordinator(), payments, !u.seesAggregatesOnly(),
        !u.seesAggregatesOnly());
  }
}
