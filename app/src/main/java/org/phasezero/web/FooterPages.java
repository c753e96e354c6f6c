package org.phasezero.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement and the privacy notice, linked from every page's footer and open
 * before signing in: community members reach the service through links to questionnaires, member
 * checks and the value game, and should be able to read both before they answer anything.
 */
@Controller
class FooterPages {

  private final int smallNumberThreshold;

  FooterPages(@Value("${phasezero.privacy.small-number-threshold}") int smallNumberThreshold) {
    this.smallNumberThreshold = smallNumberThreshold;
  }

  @GetMapping("/accessibility")
  String accessibility() {
    return "accessibility";
  }

  /** What the network holds about a person, why, who sees it, and what they can ask for, as the platform enforces it. */
  @GetMapping("/privacy")
  String privacy(Model model) {
    model.addAttribute("threshold", smallNumberThreshold);
    return "privacy";
  }
}
