package org.phasezero.value.web.games;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.shared.Choice;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.MayEdit;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.phasezero.value.SroiAccounts;
import org.phasezero.value.game.Cohort;
import org.phasezero.value.game.GameOutcomeForm;
import org.phasezero.value.game.GameResult;
import org.phasezero.value.game.GameRound;
import org.phasezero.value.game.GoodForm;
import org.phasezero.value.game.PaperForm;
import org.phasezero.value.game.StakeholderGroup;
import org.phasezero.value.game.Valuation;
import org.phasezero.value.game.ValueGame;
import org.phasezero.value.game.ValueGameForm;
import org.phasezero.value.game.ValueGames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The value game as whoever runs it sees it: the list, setting a game up (goods, outcome cards), the
 * running game (the code for the room, rounds, who has placed), paper sheets, and the result with
 * its divergence chart, from which a value goes into an SROI account.
 */
@Controller
@RequestMapping("/value/games")
class ValueGamePages {

  private static final String BASE = "/value/games/";

  private final ValueGames games;
  private final Partnerships partnerships;
  private final SroiAccounts accounts;

  ValueGamePages(ValueGames games, Partnerships partnerships, SroiAccounts accounts) {
    this.games = games;
    this.partnerships = partnerships;
    this.accounts = accounts;
  }

  @GetMapping
  String list(@RequestParam(required = false) Long partnershipId, Model model) {
    model.addAttribute("games", games.list(partnershipId));
    model.addAttribute("mayStart", games.mayStart());
    return "value/games/list";
  }

  @GetMapping("/new")
  String form(@RequestParam(required = false) Long partnershipId, Model model) {
    games.requireMayStart();
    ValueGameForm form = new ValueGameForm();
    form.setPartnershipId(partnershipId);
    form.setPlayedOn(LocalDate.now());
    return form(model, form);
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") ValueGameForm form, BindingResult result, Model model) {
    games.requireMayStart();
    return FormErrors.submit(result, () -> "redirect:" + BASE + games.create(form).id() + "?created",
        () -> form(model, form));
  }

  private String form(Model model, ValueGameForm form) {
    model.addAttribute("partnershipChoices", partnerships.all().stream().filter(p -> !p.voided())
        .map(p -> new Choice(p.id(), p.name())).toList());
    model.addAttribute("valuations", Valuation.values());
    model.addAttribute("form", form);
    return "value/games/form";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    ValueGame g = games.get(id);
    List<GameRound> rounds = games.rounds(id);
    GameRound current = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    model.addAttribute("game", g);
    model.addAttribute("mayRun", games.mayRun(g));
    model.addAttribute("board", games.board(id));
    model.addAttribute("outcomes", games.outcomes(id));
    model.addAttribute("rounds", rounds);
    model.addAttribute("current", current);
    model.addAttribute("players", games.players(id));
    model.addAttribute("placed", current == null ? Map.of() : games.placedIn(current.id()));
    model.addAttribute("joinUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/game").toUriString());
    return "value/games/show";
  }

  /** A button on the game's page: done, or the page again with the reason it could not be. */
  private String act(long id, Runnable action, String done, Model model, HttpServletResponse response) {
    try {
      action.run();
      return "redirect:" + BASE + id + "?" + done;
    } catch (Conflict e) {
      response.setStatus(409);
      model.addAttribute("problem", e.getMessage());
      return show(id, model);
    }
  }

  @GetMapping("/{id}/goods/new")
  String goodForm(@PathVariable long id, Model model) {
    ValueGame g = games.get(id);
    MayEdit.require(games.mayRun(g));
    return goodForm(model, g, new GoodForm());
  }

  @PostMapping("/{id}/goods/new")
  String addGood(@PathVariable long id, @Valid @ModelAttribute("form") GoodForm form, BindingResult result,
      Model model) {
    ValueGame g = games.get(id);
    MayEdit.require(games.mayRun(g));
    return FormErrors.submit(result, () -> {
      games.addGood(id, form);
      return "redirect:" + BASE + id + "?added#goods";
    }, () -> goodForm(model, g, form));
  }

  private String goodForm(Model model, ValueGame g, GoodForm form) {
    model.addAttribute("game", g);
    model.addAttribute("form", form);
    return "value/games/good-form";
  }

  @PostMapping("/{id}/goods/starter")
  String starterGoods(@PathVariable long id, Model model, HttpServletResponse response) {
    MayEdit.require(games.mayRun(games.get(id)));
    return act(id, () -> games.addStarterGoods(id), "added#goods", model, response);
  }

  @PostMapping("/{id}/goods/{goodId}/remove")
  String removeGood(@PathVariable long id, @PathVariable long goodId, Model model, HttpServletResponse response) {
    MayEdit.require(games.mayRun(games.get(id)));
    return act(id, () -> games.removeGood(id, goodId), "removed#goods", model, response);
  }

  @GetMapping("/{id}/outcomes/new")
  String outcomeForm(@PathVariable long id, Model model) {
    ValueGame g = games.get(id);
    MayEdit.require(games.mayRun(g));
    return outcomeForm(model, g, new GameOutcomeForm());
  }

  @PostMapping("/{id}/outcomes/new")
  String addOutcome(@PathVariable long id, @Valid @ModelAttribute("form") GameOutcomeForm form,
      BindingResult result, Model model) {
    ValueGame g = games.get(id);
    MayEdit.require(games.mayRun(g));
    return FormErrors.submit(result, () -> {
      games.addOutcome(id, form);
      return "redirect:" + BASE + id + "?added#outcomes";
    }, () -> outcomeForm(model, g, form));
  }

  private String outcomeForm(Model model, ValueGame g, GameOutcomeForm form) {
    model.addAttribute("game", g);
    model.addAttribute("form", form);
    return "value/games/outcome-form";
  }

  @PostMapping("/{id}/outcomes/{outcomeId}/remove")
  String removeOutcome(@PathVariable long id, @PathVariable long outcomeId, Model model,
      HttpServletResponse response) {
    MayEdit.require(games.mayRun(games.get(id)));
    return act(id, () -> games.removeOutcome(id, outcomeId), "removed#outcomes", model, response);
  }

  @PostMapping("/{id}/rounds/open")
  String openRound(@PathVariable long id, Model model, HttpServletResponse response) {
    MayEdit.require(games.mayRun(games.get(id)));
    return act(id, () -> games.openRound(id), "opened#rounds", model, response);
  }

  @PostMapping("/{id}/rounds/close")
  String closeRound(@PathVariable long id, Model model, HttpServletResponse response) {
    MayEdit.require(games.mayRun(games.get(id)));
    return act(id, () -> games.closeRound(id), "closed#rounds", model, response);
  }

  @PostMapping("/{id}/players/{playerId}/remove")
  String removePlayer(@PathVariable long id, @PathVariable long playerId, Model model,
      HttpServletResponse response) {
    MayEdit.require(games.mayRun(games.get(id)));
    return act(id, () -> games.removePlayer(id, playerId), "removed#players", model, response);
  }

  @GetMapping("/{id}/paper")
  String paperForm(@PathVariable long id, Model model) {
    ValueGame g = games.get(id);
    MayEdit.require(games.mayRun(g));
    PaperForm form = new PaperForm();
    List<GameRound> rounds = games.rounds(id);
    form.setRound(rounds.isEmpty() ? 1 : rounds.get(rounds.size() - 1).number());
    return paperForm(model, g, form);
  }

  @PostMapping("/{id}/paper")
  String enterPaper(@PathVariable long id, @Valid @ModelAttribute("form") PaperForm form, BindingResult result,
      Model model) {
    ValueGame g = games.get(id);
    MayEdit.require(games.mayRun(g));
    return FormErrors.submit(result, () -> {
      games.enterPaper(id, form);
      return "redirect:" + BASE + id + "/paper?entered";
    }, () -> paperForm(model, g, form));
  }

  private String paperForm(Model model, ValueGame g, PaperForm form) {
    model.addAttribute("game", g);
    model.addAttribute("board", games.board(g.id()));
    model.addAttribute("outcomes", games.outcomes(g.id()));
    model.addAttribute("rounds", games.rounds(g.id()));
    model.addAttribute("groups", StakeholderGroup.values());
    model.addAttribute("form", form);
    return "value/games/paper";
  }

  @GetMapping("/{id}/result")
  String result(@PathVariable long id, @RequestParam(required = false) Integer round, Model model) {
    ValueGame g = games.get(id);
    GameResult r = games.result(id, round);
    model.addAttribute("game", g);
    model.addAttribute("result", r);
    model.addAttribute("board", games.board(id));
    model.addAttribute("charts", DivergenceChart.of(r, games.board(id)));
    model.addAttribute("outcomes", DivergenceChart.mostDivergentFirst(r.outcomes()));
    model.addAttribute("cohorts", Cohort.values());
    model.addAttribute("mainCohorts", List.of(Cohort.COMMUNITY_SIDE, Cohort.STATUTORY_SIDE, Cohort.EVERYONE));
    model.addAttribute("accountChoices", accounts.list(g.partnershipId(), false).stream()
        .filter(accounts::mayEdit).map(a -> new Choice(a.id(), a.title())).toList());
    return "value/games/result";
  }

  /** From a result's "use as a proxy": the chosen account's new outcome, prefilled from the game. */
  @GetMapping("/{id}/use")
  String use(@PathVariable long id, @RequestParam long gameOutcome, @RequestParam Cohort cohort,
      @RequestParam(required = false) Integer round, @RequestParam long account) {
    games.get(id);
    return "redirect:" + UriComponentsBuilder.fromPath("/value/accounts/{a}/outcomes/new")
        .queryParam("gameOutcome", gameOutcome).queryParam("cohort", cohort).queryParamIfPresent("round",
            java.util.Optional.ofNullable(round)).buildAndExpand(account).toUriString();
  }

  @GetMapping("/{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    ValueGame g = games.get(id);
    MayEdit.require(games.mayRun(g));
    return VoidPage.show(model, g.title(), BASE + id, BASE + id + "/void", new VoidRequest(null));
  }

  @PostMapping("/{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    ValueGame g = games.get(id);
    MayEdit.require(games.mayRun(g));
    return VoidPage.submit(model, g.title(), BASE + id, BASE + id + "/void", form, result,
        reason -> games.voidRecord(id, reason), "redirect:/value/games?voided");
  }
}
