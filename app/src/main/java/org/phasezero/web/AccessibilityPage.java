package org.phasezero.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement, linked from every page's footer and open before signing in: community
 * members reach the service through links to questionnaires, member checks and the value game.
 */
@Controller
class AccessibilityPage {

  @GetMapping("/accessibility")
  String statement() {
    return "accessibility";
  }
}
