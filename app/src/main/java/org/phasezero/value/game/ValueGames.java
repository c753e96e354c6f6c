package org.phasezero.value.game;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Dates;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Unique;
import org.phasezero.value.ProxyOrigin;
import org.phasezero.value.SroiOutcomeForm;
import org.phasezero.value.internal.ValueAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Value game sessions. Whoever records a partnership's work (the coordinator, a site lead of a
 * member) or evaluates it (a researcher) runs a game: sets out the goods and the outcome cards,
 * opens and closes rounds, enters paper sheets. Players need no account: they join with the code
 * shown in the room and play through a private link ({@link GameRoom}). Statutory partners see a partnership's value
 * in its evidence pack, as with accounts; commissioners play in the room like everyone else.
 *
 * <p>Goods and outcomes are fixed once the first round opens, so that a position means the same
 * thing in every round. Writes to a round serialise on its row: a placement and the round's closing
 * cannot cross.
 */
@Service
public class ValueGames {

  /** Unambiguous on a screen across a room: no 0/O, no 1/I/L. */
  private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  static final String SELECT = "select g.*, p.name partnership_name from value_game g"
      + " join partnership p on p.id = g.partnership_id";

  /** A start on the goods, at everyday UK prices: whoever runs a game changes them to local prices. */
  static final List<GoodForm> STARTER_GOODS = List.of(
      new GoodForm("A cup of coffee", new BigDecimal("3.50")),
      new GoodForm("A cinema ticket", new BigDecimal("12.00")),
      new GoodForm("A meal out for two", new BigDecimal("60.00")),
      new GoodForm("A week's food shop for a family", new BigDecimal("150.00")),
      new GoodForm("A new mobile phone", new BigDecimal("400.00")),
      new GoodForm("A week's holiday abroad", new BigDecimal("1200.00")),
      new GoodForm("A second-hand car", new BigDecimal("9000.00")));

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ValueGames(JdbcClient db, Partnerships partnerships, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.partnerships = partnerships;
    this.events = events;
    this.clock = clock;
  }

  // Reading

  /** Live games of the partnerships the user sees (of one, when given), latest first. */
  public List<ValueGame> list(Long partnershipId) {
    ValueAccess.requireMayRead();
    StringBuilder where = new StringBuilder(" where g.voided_at is null");
    List<Object> params = new ArrayList<>();
    if (partnershipId != null) {
      partnerships.get(partnershipId);
      where.append(" and g.partnership_id = ?");
      params.add(partnershipId);
    }
    Partnerships.scope("g.partnership_id", where, params);
    return db.sql(SELECT + where + " order by g.played_on desc, g.id desc").params(params).query(ValueGames::map).list();
  }

  public ValueGame get(long id) {
    ValueAccess.requireMayRead();
    ValueGame g = db.sql(SELECT + " where g.id = ?").param(id).query(ValueGames::map).optional()
        .orElseThrow(() -> new NotFound("value game", id));
    if (!partnerships.isVisible(g.partnershipId())) {
      throw new NotFound("value game", id);
    }
    return g;
  }

  public List<GameOutcome> outcomes(long gameId) {
    return db.sql("select * from value_game_outcome where game_id = ? order by id").param(gameId)
        .query((rs, n) -> new GameOutcome(rs.getLong("id"), rs.getString("name"), rs.getString("description"))).list();
  }

  public GameBoard board(long gameId) {
    return new GameBoard(db.sql("select * from value_game_good where game_id = ?").param(gameId)
        .query((rs, n) -> new GameGood(rs.getLong("id"), rs.getString("name"), rs.getBigDecimal("price"))).list());
  }

  public List<GameRound> rounds(long gameId) {
    return db.sql("select * from value_game_round where game_id = ? order by number").param(gameId)
        .query((rs, n) -> new GameRound(rs.getLong("id"), rs.getInt("number"), Rows.instant(rs, "opened_at"),
            Rows.instant(rs, "closed_at"))).list();
  }

  public List<GamePlayer> players(long gameId) {
    return db.sql("select * from value_game_player where game_id = ? order by id").param(gameId)
        .query(ValueGames::player).list();
  }

  /** How many placements each live player has made in a round. */
  public Map<Long, Integer> placedIn(long roundId) {
    Map<Long, Integer> placed = new LinkedHashMap<>();
    db.sql("select pl.player_id, count(*) n from value_game_placement pl join value_game_player p on p.id = pl.player_id"
            + " where pl.round_id = ? and p.removed_at is null group by pl.player_id")
        .param(roundId).query(rs -> {
          placed.put(rs.getLong("player_id"), rs.getInt("n"));
        });
    return placed;
  }

  /** The values a round gives (the latest round played when none is named). */
  public GameResult result(long id, Integer round) {
    ValueGame g = get(id);
    List<GameValues.Placed> placed = db.sql("""
        select r.number, pl.player_id, pl.outcome_id, pl.position from value_game_placement pl
        join value_game_round r on r.id = pl.round_id where r.game_id = ?""").param(id)
        .query((rs, n) -> new GameValues.Placed(rs.getInt("number"), rs.getLong("player_id"), rs.getLong("outcome_id"),
            rs.getInt("position"))).list();
    List<GameRound> rounds = rounds(id);
    int latest = placed.stream().mapToInt(GameValues.Placed::round).max().orElse(rounds.isEmpty() ? 1 : rounds.get(rounds.size() - 1).number());
    int shown = round == null ? latest : round;
    if (round != null && rounds.stream().noneMatch(r -> r.number() == round)) {
      throw new NotFound("round", round);
    }
    return GameValues.result(g, board(id), outcomes(id), players(id), placed, shown);
  }

  /**
   * An SROI outcome prefilled from a game: the outcome's name and the cohort's median in a round as
   * the proxy, flagged as stakeholder-derived, with where it came from as its source.
   */
  public SroiOutcomeForm proxyFrom(long gameOutcomeId, Cohort cohort, Integer round) {
    long gameId = db.sql("select game_id from value_game_outcome where id = ?").param(gameOutcomeId)
        .query(Long.class).optional().orElseThrow(() -> new NotFound("value game outcome", gameOutcomeId));
    GameResult r = result(gameId, round);
    GameResult.OutcomeValues values = r.outcomes().stream().filter(o -> o.outcome().id() == gameOutcomeId)
        .findFirst().orElseThrow();
    GameResult.CohortValue v = values.of(cohort);
    String who = cohort.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (v.median() == null) {
      throw new Conflict("No one in the " + who + " cohort placed '" + values.outcome().name() + "' in round "
          + r.round() + ".");
    }
    SroiOutcomeForm f = new SroiOutcomeForm();
    f.setName(values.outcome().name());
    f.setProxyValue(v.median());
    f.setProxyDescription(values.outcome().description());
    f.setProxySource("Value game '" + r.game().title() + "', " + Dates.inWords(r.game().playedOn()) + ", round " + r.round()
        + ": median of " + v.n() + " placements (" + who + ")");
    f.setProxyYear(r.game().playedOn().getYear());
    f.setProxyOrigin(ProxyOrigin.STAKEHOLDER_DERIVED);
    f.setValueGameOutcomeId(gameOutcomeId);
    return f;
  }

  // Who may do what

  /** Whether the user may set up games at all. */
  public boolean mayStart() {
    return ValueAccess.mayBuild() || CurrentUser.require().worksWithPeople();
  }

  public void requireMayStart() {
    if (!mayStart()) {
      throw new Forbidden("Only a coordinator, a site lead or a researcher can run a value game.");
    }
  }

  public boolean mayRun(ValueGame g) {
    return !g.voided() && mayRun(partnerships.get(g.partnershipId()));
  }

  private boolean mayRun(Partnership p) {
    return ValueAccess.mayBuild() || partnerships.mayContribute(p);
  }

  private ValueGame requireMayRun(long id) {
    ValueGame g = get(id);
    if (g.voided()) {
      throw new Conflict("This game was voided.");
    }
    if (!mayRun(g)) {
      throw new Forbidden("Only the coordinator, a site lead of a member organisation or a researcher can run this game.");
    }
    return g;
  }

  // Setting up

  @Transactional
  public ValueGame create(ValueGameForm f) {
    requireMayStart();
    Partnership p = partnerships.get(f.getPartnershipId());
    if (!mayRun(p)) {
      throw new Forbidden("Only the coordinator, a site lead of a member organisation or a researcher can run a game here.");
    }
    long id = insertWithFreshCode(f, p);
    ValueGame g = get(id);
    events.publishEvent(AuditedAction.created("value-game", id, "Value game '" + g.title() + "' set up for " + p.name(), g));
    return g;
  }

  /** A code no live or past game holds; 31^8 codes make a second draw rare and a collision at insert rarer still. */
  private long insertWithFreshCode(ValueGameForm f, Partnership p) {
    String code;
    do {
      code = newCode();
    } while (db.sql("select count(*) from value_game where join_code = ?").param(code).query(Integer.class).single() > 0);
    String chosen = code;
    return Unique.orConflict("code", "Please try again.", () -> Keys.insert(db.sql("""
        insert into value_game (partnership_id, title, played_on, place, valuation, join_code, created_by, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""").params(p.id(), f.getTitle().strip(), Rows.sqlDate(f.getPlayedOn()),
        Rows.blankToNull(f.getPlace()), f.getValuation().name(), chosen, CurrentUser.require().username(),
        Timestamp.from(clock.instant()))));
  }

  static String newCode() {
    StringBuilder b = new StringBuilder(8);
    for (int i = 0; i < 8; i++) {
      b.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
    }
    return b.toString();
  }

  /** The code as a person may type it: any case, with spaces or a dash. */
  static String normaliseCode(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  @Transactional
  public GameGood addGood(long id, GoodForm f) {
    ValueGame g = lockForSetUp(id);
    BigDecimal price = f.getPrice().setScale(2, java.math.RoundingMode.UNNECESSARY);
    List<GameGood> have = board(id).goods();
    if (have.stream().anyMatch(x -> IncomingText.key(x.name()).equals(IncomingText.key(f.getName())))) {
      throw new Conflict("name", "'" + f.getName().strip() + "' is already among the goods.");
    }
    if (have.stream().anyMatch(x -> x.price().compareTo(price) == 0)) {
      throw new Conflict("price", "Another good already has this price; give each good its own price.");
    }
    long goodId = Unique.orConflict("name", "A good with this name or price was added at the same moment.",
        () -> Keys.insert(db.sql("insert into value_game_good (game_id, name, name_key, price) values (?, ?, ?, ?)")
            .params(id, f.getName().strip(), IncomingText.key(f.getName()), price)));
    GameGood good = new GameGood(goodId, f.getName().strip(), price);
    events.publishEvent(AuditedAction.created("value-game-good", goodId, "Good '" + good.name() + "' at £" + price
        + " added to value game '" + g.title() + "'", good));
    return good;
  }

  /** Adds the starter goods the game does not have yet (by name or price). */
  @Transactional
  public int addStarterGoods(long id) {
    lockForSetUp(id);
    List<GameGood> have = board(id).goods();
    int added = 0;
    for (GoodForm f : STARTER_GOODS) {
      boolean clash = have.stream().anyMatch(x -> x.price().compareTo(f.getPrice()) == 0
          || IncomingText.key(x.name()).equals(IncomingText.key(f.getName())));
      if (!clash) {
        addGood(id, f);
        added++;
      }
    }
    return added;
  }

  @Transactional
  public void removeGood(long id, long goodId) {
    ValueGame g = lockForSetUp(id);
    GameGood good = board(id).goods().stream().filter(x -> x.id() == goodId).findFirst()
        .orElseThrow(() -> new NotFound("good", goodId));
    db.sql("delete from value_game_good where id = ?").param(goodId).update();
    events.publishEvent(AuditedAction.removed("value-game-good", goodId, "Good '" + good.name()
        + "' removed from value game '" + g.title() + "'", good));
  }

  @Transactional
  public GameOutcome addOutcome(long id, GameOutcomeForm f) {
    ValueGame g = lockForSetUp(id);
    long outcomeId = Unique.orConflict("name", "'" + f.getName().strip() + "' is already among the outcomes.",
        () -> Keys.insert(db.sql("insert into value_game_outcome (game_id, name, name_key, description) values (?, ?, ?, ?)")
            .params(id, f.getName().strip(), IncomingText.key(f.getName()), Rows.blankToNull(f.getDescription()))));
    GameOutcome o = new GameOutcome(outcomeId, f.getName().strip(), Rows.blankToNull(f.getDescription()));
    events.publishEvent(AuditedAction.created("value-game-outcome", outcomeId, "Outcome '" + o.name()
        + "' added to value game '" + g.title() + "'", o));
    return o;
  }

  @Transactional
  public void removeOutcome(long id, long outcomeId) {
    ValueGame g = lockForSetUp(id);
    GameOutcome o = outcomes(id).stream().filter(x -> x.id() == outcomeId).findFirst()
        .orElseThrow(() -> new NotFound("outcome", outcomeId));
    db.sql("delete from value_game_outcome where id = ?").param(outcomeId).update();
    events.publishEvent(AuditedAction.removed("value-game-outcome", outcomeId, "Outcome '" + o.name()
        + "' removed from value game '" + g.title() + "'", o));
  }

  /** Locks the game for a change to its goods or outcomes, which only happen before the first round. */
  private ValueGame lockForSetUp(long id) {
    ValueGame g = requireMayRun(id);
    lock(id);
    if (!rounds(id).isEmpty()) {
      throw new Conflict("The goods and outcomes are fixed once the first round has opened, so that every round"
          + " places outcomes among the same goods.");
    }
    return g;
  }

  private void lock(long id) {
    db.sql("select id from value_game where id = ? for update").param(id).query(Long.class).single();
  }

  // Rounds

  @Transactional
  public GameRound openRound(long id) {
    ValueGame g = requireMayRun(id);
    lock(id);
    if (board(id).goods().size() < 2 || outcomes(id).isEmpty()) {
      throw new Conflict("A round needs at least two goods and one outcome.");
    }
    List<GameRound> rounds = rounds(id);
    if (!rounds.isEmpty() && rounds.get(rounds.size() - 1).open()) {
      throw new Conflict("Round " + rounds.get(rounds.size() - 1).number() + " is still open; close it first.");
    }
    int number = rounds.isEmpty() ? 1 : rounds.get(rounds.size() - 1).number() + 1;
    long roundId = Unique.orConflict("round", "Another round was opened at the same moment.",
        () -> Keys.insert(db.sql("insert into value_game_round (game_id, number, opened_at) values (?, ?, ?)")
            .params(id, number, Timestamp.from(clock.instant()))));
    GameRound r = rounds(id).stream().filter(x -> x.id() == roundId).findFirst().orElseThrow();
    events.publishEvent(AuditedAction.created("value-game-round", roundId, "Round " + number + " of value game '"
        + g.title() + "' opened", r));
    return r;
  }

  @Transactional
  public GameRound closeRound(long id) {
    ValueGame g = requireMayRun(id);
    lock(id);
    GameRound open = rounds(id).stream().filter(GameRound::open).findFirst()
        .orElseThrow(() -> new Conflict("No round is open."));
    lockRound(open.id());
    db.sql("update value_game_round set closed_at = ?, open_key = null where id = ? and closed_at is null")
        .params(Timestamp.from(clock.instant()), open.id()).update();
    GameRound closed = rounds(id).stream().filter(x -> x.id() == open.id()).findFirst().orElseThrow();
    events.publishEvent(AuditedAction.updated("value-game-round", open.id(), "Round " + open.number()
        + " of value game '" + g.title() + "' closed", open, closed));
    return closed;
  }

  void lockRound(long roundId) {
    db.sql("select id from value_game_round where id = ? for update").param(roundId).query(Long.class).single();
  }

  // Players

  @Transactional
  public void removePlayer(long id, long playerId) {
    ValueGame g = requireMayRun(id);
    GamePlayer p = players(id).stream().filter(x -> x.id() == playerId).findFirst()
        .orElseThrow(() -> new NotFound("player", playerId));
    if (p.removed()) {
      throw new Conflict("This player was already removed.");
    }
    db.sql("update value_game_player set removed_at = ? where id = ? and removed_at is null")
        .params(Timestamp.from(clock.instant()), playerId).update();
    events.publishEvent(AuditedAction.voided("value-game-player", playerId, "Player '" + p.label()
        + "' removed from value game '" + g.title() + "': their placements no longer count", p, null));
  }

  /** A paper sheet: the named player's placements in a round (open or closed), replacing earlier ones. */
  @Transactional
  public GamePlayer enterPaper(long id, PaperForm f) {
    ValueGame g = requireMayRun(id);
    GameRound round = rounds(id).stream().filter(r -> r.number() == f.getRound()).findFirst()
        .orElseThrow(() -> new Conflict("round", "Round " + f.getRound() + " has not been opened yet."));
    lockRound(round.id());
    Optional<GamePlayer> existing = players(id).stream()
        .filter(p -> IncomingText.key(p.label()).equals(IncomingText.key(f.getLabel()))).findFirst();
    GamePlayer player;
    if (existing.isPresent()) {
      player = existing.get();
      if (player.removed() || player.group() != f.getGroup()) {
        throw new Conflict("label", player.removed() ? "'" + player.label() + "' was removed from this game."
            : "'" + player.label() + "' plays in another group; check the sheet, or use another name.");
      }
    } else {
      player = insertPlayer(id, f.getLabel(), f.getGroup(), GamePlayer.JoinedBy.PAPER, null);
    }
    Map<Long, Integer> positions = checkedPositions(id, f.getPositions(), false);
    place(round, player, positions);
    events.publishEvent(AuditedAction.created("value-game-placements", player.id(), "Paper sheet of '" + player.label()
        + "' entered for round " + round.number() + " of value game '" + g.title() + "'", positions));
    return player;
  }

  GamePlayer insertPlayer(long gameId, String label, StakeholderGroup group, GamePlayer.JoinedBy by,
      String tokenHash) {
    long playerId = Unique.orConflict("label", "Someone in this game already plays as '" + label.strip()
        + "'; add an initial or choose another name.", () -> Keys.insert(db.sql("""
            insert into value_game_player (game_id, label, label_key, stakeholder_group, joined_by, token_hash, created_at)
            values (?, ?, ?, ?, ?, ?, ?)""").params(gameId, label.strip(), IncomingText.key(label), group.name(), by.name(),
            tokenHash, Timestamp.from(clock.instant()))));
    return players(gameId).stream().filter(p -> p.id() == playerId).findFirst().orElseThrow();
  }

  /** The positions given, checked against the board; every outcome must be placed when {@code partial} is false. */
  Map<Long, Integer> checkedPositions(long gameId, Map<Long, Integer> given, boolean partial) {
    GameBoard board = board(gameId);
    Map<Long, Integer> positions = new LinkedHashMap<>();
    for (GameOutcome o : outcomes(gameId)) {
      Integer p = given.get(o.id());
      if (p == null) {
        if (partial) {
          continue;
        }
        throw new Conflict("positions", "Place every outcome: '" + o.name() + "' has no place yet.");
      }
      if (!board.valid(p)) {
        throw Conflict.said("positions", "game.offBoard", "'" + o.name() + "' has a place that is not on the board.",
            o.name());
      }
      positions.put(o.id(), p);
    }
    for (Long outcomeId : given.keySet()) {
      if (!positions.containsKey(outcomeId) && given.get(outcomeId) != null) {
        throw new Conflict("positions", "Outcome " + outcomeId + " is not in this game.");
      }
    }
    if (positions.isEmpty()) {
      throw new Conflict("positions", "Place at least one outcome.");
    }
    return positions;
  }

  void place(GameRound round, GamePlayer player, Map<Long, Integer> positions) {
    Timestamp now = Timestamp.from(clock.instant());
    positions.forEach((outcomeId, position) -> {
      int changed = db.sql("update value_game_placement set position = ?, placed_at = ?"
              + " where round_id = ? and player_id = ? and outcome_id = ?")
          .params(position, now, round.id(), player.id(), outcomeId).update();
      if (changed == 0) {
        db.sql("insert into value_game_placement (round_id, player_id, outcome_id, position, placed_at) values (?, ?, ?, ?, ?)")
            .params(round.id(), player.id(), outcomeId, position, now).update();
      }
    });
  }

  @Transactional
  public ValueGame voidRecord(long id, String reason) {
    ValueGame before = requireMayRun(id);
    db.sql("update value_game set voided_at = ?, void_reason = ? where id = ? and voided_at is null")
        .params(Timestamp.from(clock.instant()), reason.strip(), id).update();
    ValueGame after = get(id);
    events.publishEvent(AuditedAction.voided("value-game", id, "Value game '" + after.title() + "' voided: "
        + reason.strip(), before, after));
    return after;
  }

  static ValueGame map(ResultSet rs, int row) throws SQLException {
    return new ValueGame(rs.getLong("id"), rs.getLong("partnership_id"), rs.getString("partnership_name"),
        rs.getString("title"), Rows.date(rs, "played_on"), rs.getString("place"),
        Valuation.valueOf(rs.getString("valuation")), rs.getString("join_code"), rs.getString("created_by"),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }

  static GamePlayer player(ResultSet rs, int row) throws SQLException {
    return new GamePlayer(rs.getLong("id"), rs.getString("label"), StakeholderGroup.valueOf(rs.getString("stakeholder_group")),
        GamePlayer.JoinedBy.valueOf(rs.getString("joined_by")), Rows.instant(rs, "created_at"),
        Rows.instant(rs, "removed_at"));
  }
}
