package org.phasezero.value.web.sidebyside;

import java.util.List;
import org.phasezero.value.SideBySide;
import org.phasezero.value.SideBySides;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** Value side by side: across the partnerships the user sees, and for one, with the API beside them. */
@Controller
class SideBySidePages {

  private final SideBySides sideBySides;

  SideBySidePages(SideBySides sideBySides) {
    this.sideBySides = sideBySides;
  }

  @GetMapping("/value/side-by-side")
  String all(Model model) {
    model.addAttribute("rows", sideBySides.all());
    return "value/side-by-side/all";
  }

  @GetMapping("/value/side-by-side/{partnershipId}")
  String one(@PathVariable long partnershipId, Model model) {
    model.addAttribute("v", sideBySides.of(partnershipId));
    return "value/side-by-side/one";
  }

  @GetMapping("/api/v1/value/side-by-side")
  @ResponseBody
  List<SideBySide> allApi() {
    return sideBySides.all();
  }

  @GetMapping("/api/v1/value/side-by-side/{partnershipId}")
  @ResponseBody
  SideBySide oneApi(@PathVariable long partnershipId) {
    return sideBySides.of(partnershipId);
  }
}
