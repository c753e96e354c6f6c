package org.phasezero.value.web.games;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.phasezero.shared.Conflict;
import org.phasezero.value.game.JoinForm;
import org.phasezero.value.game.StakeholderGroup;
import org.phasezero.value.game.GameRoom;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The value game in the room, on players' phones, without an account or JavaScript: join with the
 * code on the screen, then place each outcome among the goods through a private link and send;
 * placing again while the round is open replaces the earlier places.
 */
@Controller
class GameRoomPages {

  private final GameRoom games;
  private final org.phasezero.shared.Reasons reasons;

  GameRoomPages(GameRoom games, org.phasezero.shared.Reasons reasons) {
    this.games = games;
    this.reasons = reasons;
  }

  @GetMapping("/game")
  String joinForm(@RequestParam(required = false) String code, Model model) {
    JoinForm form = new JoinForm();
    form.setCode(code);
    return joinForm(model, form);
  }

  @PostMapping("/game")
  String join(@Valid @ModelAttribute("form") JoinForm form, BindingResult result, Model model) {
    if (!result.hasErrors()) {
      try {
        return "redirect:/game/play/" + games.join(form);
      } catch (Conflict e) {
        // Said in the player's language: the code is wrong, or the name is taken.
        if ("label".equals(e.field())) {
          result.rejectValue("label", "game.label.taken", new Object[] {form.getLabel().strip()}, e.getMessage());
        } else {
          result.rejectValue("code", "game.code.unknown", e.getMessage());
        }
      }
    }
    return joinForm(model, form);
  }

  private String joinForm(Model model, JoinForm form) {
    model.addAttribute("groups", StakeholderGroup.values());
    model.addAttribute("form", form);
    return "value/games/join";
  }

  @GetMapping("/game/play/{token}")
  String play(@PathVariable String token, Model model) {
    model.addAttribute("play", games.play(token));
    model.addAttribute("token", token);
    return "value/games/play";
  }

  /** Each outcome's place arrives as {@code outcome<id>=<position>}. */
  @PostMapping("/game/play/{token}")
  String place(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response) {
    Map<Long, Integer> positions = new LinkedHashMap<>();
    form.forEach((name, value) -> {
      if (name.matches("outcome\\d{1,18}") && value != null && value.matches("\\d{1,4}")) {
        positions.put(Long.valueOf(name.substring(7)), Integer.valueOf(value));
      }
    });
    if (positions.isEmpty()) {
      response.setStatus(409);
      model.addAttribute("problemKey", "game.choose.one");
      return play(token, model);
    }
    try {
      games.place(token, positions);
      return "redirect:/game/play/" + token + "?sent";
    } catch (Conflict e) {
      response.setStatus(409);
      GameRoom.Play now = games.play(token);
      model.addAttribute("problemKey", now.openRound() == null ? "game.notOpen" : null);
      model.addAttribute("problem", reasons.of(e));
      model.addAttribute("given", positions);
      return play(token, model);
    }
  }
}
