package org.phasezero.value.game;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.security.SystemActor;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.LinkTokens;
import org.phasezero.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The value game in the room: a player joins with the code shown there, a name of their choosing
 * and their group, and places the outcomes through a private link (256 random bits; only the
 * SHA-256 is kept) while a round is open. No account is needed, so everything here runs as the
 * system acting for the player, and is audited so.
 */
@Service
public class GameRoom {

  private final JdbcClient db;
  private final ValueGames games;
  private final ApplicationEventPublisher events;

  GameRoom(JdbcClient db, ValueGames games, ApplicationEventPublisher events) {
    this.db = db;
    this.games = games;
    this.events = events;
  }

  /** Joins the game whose code is given; answers the player's private token, shown once. */
  @Transactional
  public String join(JoinForm f) {
    String code = ValueGames.normaliseCode(f.getCode());
    return SystemActor.call("value game", () -> {
      ValueGame g = code.length() != 8 ? null : db.sql(ValueGames.SELECT + " where g.join_code = ? and g.voided_at is null")
          .param(code).query(ValueGames::map).optional().orElse(null);
      if (g == null) {
        throw new Conflict("code", "No game has that code. Check it against the screen.");
      }
      String token = LinkTokens.newToken();
      GamePlayer p = games.insertPlayer(g.id(), f.getLabel(), f.getGroup(), GamePlayer.JoinedBy.ROOM, LinkTokens.hash(token));
      events.publishEvent(AuditedAction.created("value-game-player", p.id(), "'" + p.label() + "' joined value game '"
          + g.title() + "' in the room", p));
      return token;
    });
  }

  /** What a player's phone shows: the open round (if any), the board and their placements in it. */
  public Play play(String token) {
    PlayerRow row = player(token);
    return SystemActor.call("value game", () -> {
      ValueGame g = games.get(row.gameId());
      GamePlayer me = games.players(g.id()).stream().filter(p -> p.id() == row.playerId()).findFirst().orElseThrow();
      List<GameRound> rounds = games.rounds(g.id());
      GameRound open = rounds.stream().filter(GameRound::open).findFirst().orElse(null);
      GameRound last = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
      // The player's places in the latest round they placed in: in a new round they start from their last view.
      Map<Long, Integer> mine = new LinkedHashMap<>();
      int[] mineFrom = {0};
      db.sql("""
          select r.number, pl.outcome_id, pl.position from value_game_placement pl join value_game_round r on r.id = pl.round_id
          where pl.player_id = ? and r.number = (select max(r2.number) from value_game_placement p2
            join value_game_round r2 on r2.id = p2.round_id where p2.player_id = ?)""")
          .params(me.id(), me.id()).query(rs -> {
            mine.put(rs.getLong("outcome_id"), rs.getInt("position"));
            mineFrom[0] = rs.getInt("number");
          });
      Map<Long, BigDecimal> roomBefore = new LinkedHashMap<>();
      if (open != null && open.number() > 1) {
        games.result(g.id(), open.number() - 1).outcomes().forEach(o -> {
          BigDecimal m = o.of(Cohort.EVERYONE).median();
          if (m != null) {
            roomBefore.put(o.outcome().id(), m);
          }
        });
      }
      return new Play(g, me, open, last, games.outcomes(g.id()), games.board(g.id()), mine, mineFrom[0], roomBefore);
    });
  }

  /** A player's placements in the open round; an outcome left unplaced keeps its earlier place, if any. */
  @Transactional
  public void place(String token, Map<Long, Integer> given) {
    PlayerRow row = player(token);
    SystemActor.run("value game", () -> {
      ValueGame g = games.get(row.gameId());
      GamePlayer me = games.players(g.id()).stream().filter(p -> p.id() == row.playerId()).findFirst().orElseThrow();
      if (g.voided() || me.removed()) {
        throw Conflict.said(null, "game.endedForYou", "This game has ended for you. Ask whoever runs it.");
      }
      GameRound open = games.rounds(g.id()).stream().filter(GameRound::open).findFirst()
          .orElseThrow(() -> Conflict.said(null, "game.noRoundOpen",
              "No round is open just now. Wait for the next round, then send your places."));
      games.lockRound(open.id());
      boolean stillOpen = db.sql("select count(*) from value_game_round where id = ? and closed_at is null")
          .param(open.id()).query(Integer.class).single() == 1;
      if (!stillOpen) {
        throw Conflict.said(null, "game.roundClosed", "Round " + open.number() + " closed before your places arrived.",
            open.number());
      }
      Map<Long, Integer> positions = games.checkedPositions(g.id(), given, true);
      games.place(open, me, positions);
      events.publishEvent(AuditedAction.created("value-game-placements", me.id(), "'" + me.label() + "' placed "
          + positions.size() + " outcomes in round " + open.number() + " of value game '" + g.title() + "'", positions));
    });
  }

  /**
   * A player's view of the game: {@code mine} holds their places in the latest round they placed in
   * (round {@code mineFrom}, 0 for none),
   * {@code roomBefore} everyone's median in the round before the open one.
   */
  public record Play(ValueGame game, GamePlayer player, GameRound openRound, GameRound lastRound,
      List<GameOutcome> outcomes, GameBoard board, Map<Long, Integer> mine, int mineFrom,
      Map<Long, BigDecimal> roomBefore) {}

  private record PlayerRow(long playerId, long gameId) {}

  private PlayerRow player(String token) {
    if (!LinkTokens.wellFormed(token)) {
      throw new NotFound("player", "link");
    }
    return db.sql("select id, game_id from value_game_player where token_hash = ?").param(LinkTokens.hash(token))
        .query((rs, n) -> new PlayerRow(rs.getLong("id"), rs.getLong("game_id"))).optional()
        .orElseThrow(() -> new NotFound("player", "link"));
  }

}
