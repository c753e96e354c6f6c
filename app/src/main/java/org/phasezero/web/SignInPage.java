package org.phasezero.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class SignInPage {

  @GetMapping("/login")
  String signIn() {
    return "login";
  }
}
