package org.phasezero.value.web.games;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.shared.VoidRequest;
import org.phasezero.value.game.GameGood;
import org.phasezero.value.game.GameOutcome;
import org.phasezero.value.game.GameOutcomeForm;
import org.phasezero.value.game.GamePlayer;
import org.phasezero.value.game.GameResult;
import org.phasezero.value.game.GameRound;
import org.phasezero.value.game.GoodForm;
import org.phasezero.value.game.PaperForm;
import org.phasezero.value.game.ValueGame;
import org.phasezero.value.game.ValueGameForm;
import org.phasezero.value.game.ValueGames;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/value-games}: games, their goods, outcomes and rounds, paper sheets and results. */
@RestController
@RequestMapping("/api/v1/value-games")
class ValueGamesApi {

  private final ValueGames games;

  ValueGamesApi(ValueGames games) {
    this.games = games;
  }

  /** A game with what it is played with and who has joined. */
  record GameView(ValueGame game, List<GameGood> goods, List<GameOutcome> outcomes, List<GameRound> rounds,
      List<GamePlayer> players) {}

  @GetMapping
  List<ValueGame> list(@RequestParam(required = false) Long partnershipId) {
    return games.list(partnershipId);
  }

  @PostMapping
  ResponseEntity<GameView> create(@Valid @RequestBody ValueGameForm form) {
    ValueGame g = games.create(form);
    return ResponseEntity.created(URI.create("/api/v1/value-games/" + g.id())).body(view(g.id()));
  }

  @GetMapping("/{id}")
  GameView get(@PathVariable long id) {
    return view(id);
  }

  private GameView view(long id) {
    ValueGame g = games.get(id);
    return new GameView(g, games.board(id).goods(), games.outcomes(id), games.rounds(id), games.players(id));
  }

  @PostMapping("/{id}/goods")
  ResponseEntity<GameGood> addGood(@PathVariable long id, @Valid @RequestBody GoodForm form) {
    return ResponseEntity.status(201).body(games.addGood(id, form));
  }

  @PostMapping("/{id}/outcomes")
  ResponseEntity<GameOutcome> addOutcome(@PathVariable long id, @Valid @RequestBody GameOutcomeForm form) {
    return ResponseEntity.status(201).body(games.addOutcome(id, form));
  }

  @PostMapping("/{id}/rounds")
  ResponseEntity<GameRound> openRound(@PathVariable long id) {
    return ResponseEntity.status(201).body(games.openRound(id));
  }

  @PostMapping("/{id}/rounds/close")
  GameRound closeRound(@PathVariable long id) {
    return games.closeRound(id);
  }

  /** A paper sheet: {@code positions} maps each outcome's id to its position on the board. */
  @PostMapping("/{id}/paper")
  ResponseEntity<GamePlayer> enterPaper(@PathVariable long id, @Valid @RequestBody PaperForm form) {
    return ResponseEntity.status(201).body(games.enterPaper(id, form));
  }

  @GetMapping("/{id}/result")
  GameResult result(@PathVariable long id, @RequestParam(required = false) Integer round) {
    return games.result(id, round);
  }

  @PostMapping("/{id}/void")
  ValueGame voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return games.voidRecord(id, request.getReason());
  }
}
