package org.phasezero.evidence.rounds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.Codings;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.Sources;
import org.phasezero.evidence.files.Segment;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a blind round yields once it closes: closing it (its codings fixed, agreement computed once
 * and kept), the agreement and the reliability data behind it, the disagreements side by side, and
 * the owner's decisions that settle them into the project's agreed coding. Who may see a round, and
 * what a coder may see while it is open, are {@link CodingRounds}' rules; nothing here is readable
 * before the round closes.
 */
@Service
public class RoundResults {

  private final JdbcClient db;
  private final CodingRounds rounds;
  private final ResearchProjects projects;
  private final Sources sources;
  private final Codebook codebook;
  private final Codings codings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RoundResults(JdbcClient db, CodingRounds rounds, ResearchProjects projects, Sources sources, Codebook codebook,
      Codings codings, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.rounds = rounds;
    this.projects = projects;
    this.sources = sources;
    this.codebook = codebook;
    this.codings = codings;
    this.events = events;
    this.clock = clock;
  }

  // ---- Closing and agreement ------------------------------------------------------------------

  /**
   * Closes a round: its codings are fixed and agreement is computed and kept, in one transaction;
   * of two people closing at once, one closes it and the other is told it is already closed.
   */
  @Transactional
  public CodingRound close(long id) {
    CodingRound before = rounds.get(id);
    if (!rounds.mayRun(before)) {
      throw new Forbidden("Only the round's owner or the coordinator can close it.");
    }
    var now = Rows.ts(clock.instant());
    int n = db.sql("""
            update coding_round set status = 'CLOSED', closed_at = ?, closed_by = ?, updated_at = ?, version = version + 1
            where id = ? and status = 'OPEN'""")
        .params(now, CurrentUser.require().username(), now, id).update();
    if (n == 0) {
      throw new Conflict("This round is already closed.");
    }
    List<Agreement> rows = compute(before);
    for (Agreement a : rows) {
      db.sql("""
              insert into coding_round_agreement (round_id, code_key, code_id, units, coders, pairable_units, percent,
                cohen_kappa, fleiss_kappa, fleiss_units, alpha, alpha_low, alpha_high, unitised_alpha)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(id, a.codeId() == null ? 0L : a.codeId(), a.codeId(), a.units(), a.coders(), a.pairableUnits(),
              a.percent(), a.cohenKappa(), a.fleissKappa(), a.fleissUnits(), a.alpha(), a.alphaLow(), a.alphaHigh(),
              a.unitisedAlpha())
          .update();
    }
    CodingRound after = rounds.get(id);
    Agreement overall = rows.get(0);
    events.publishEvent(AuditedAction.updated("coding_round", id, "Blind coding round '" + before.name()
        + "' closed; overall alpha " + (overall.alpha() == null ? "undefined" : String.format("%.3f", overall.alpha())),
        before, after));
    return after;
  }

  /** Agreement as kept when the round closed: overall first, then each code by name. */
  public List<Agreement> agreement(long id) {
    CodingRound r = requireClosed(id);
    return db.sql("""
            select a.*, c.name code_name from coding_round_agreement a left join evidence_code c on c.id = a.code_id
            where a.round_id = ? order by case when a.code_key = 0 then 0 else 1 end, lower(c.name), a.code_key""")
        .param(r.id()).query((rs, i) -> new Agreement(Rows.longOrNull(rs, "code_id"), rs.getString("code_name"),
            rs.getInt("units"), rs.getInt("coders"), rs.getInt("pairable_units"), dbl(rs, "percent"),
            dbl(rs, "cohen_kappa"), dbl(rs, "fleiss_kappa"), rs.getInt("fleiss_units"), dbl(rs, "alpha"),
            dbl(rs, "alpha_low"), dbl(rs, "alpha_high"), dbl(rs, "unitised_alpha"))).list();
  }

  /** The reliability data of a closed round (for the CSV and the disagreement view). */
  public ReliabilityUnits units(long id) {
    return data(requireClosed(id)).units();
  }

  /** Records that a round's reliability data left the platform as a file. */
  public void auditUnitsDownload(CodingRound r, int rows) {
    events.publishEvent(new AuditedAction("EXPORT", "coding_round", String.valueOf(r.id()), rows
        + " rows of reliability data of the blind coding round '" + r.name() + "' downloaded as CSV", null, null));
  }

  private CodingRound requireClosed(long id) {
    CodingRound r = rounds.get(id);
    if (r.open()) {
      throw new Conflict("This round is still open: its codings stay blind and agreement is computed when it closes.");
    }
    return r;
  }

  private List<Agreement> compute(CodingRound r) {
    Loaded d = data(r);
    Map<Long, String> names = new HashMap<>();
    rounds.setup(r.id()).codes().forEach(c -> names.put(c.id(), c.name()));
    return RoundAgreement.compute(d.units(), names, d.everyoneFinished(), d.codings(), r.seed());
  }

  /** Everything agreement is computed from, read in a few queries. */
  record Loaded(ReliabilityUnits units, List<RoundCoding> codings, LinkedHashMap<Long, Integer> everyoneFinished) {}

  private Loaded data(CodingRound r) {
    long id = r.id();
    List<String> coders = db.sql("select username from coding_round_coder where round_id = ? order by username")
        .param(id).query(String.class).list();
    List<Long> codes = db.sql("select code_id from coding_round_code where round_id = ? order by code_id")
        .param(id).query(Long.class).list();
    List<RoundUnit> units = db.sql("""
            select t.id, t.source_id, t.seq, t.start_offset, t.end_offset from source_segment t
            join coding_round_source x on x.source_id = t.source_id and x.round_id = ?
            where t.withheld_reason is null and t.end_offset > t.start_offset order by t.source_id, t.start_offset""")
        .param(id).query((rs, i) -> new RoundUnit(rs.getLong("id"), rs.getLong("source_id"), rs.getInt("seq"),
            rs.getInt("start_offset"), rs.getInt("end_offset"))).list();
    Map<String, Set<Long>> finished = new HashMap<>();
    db.sql("select username, source_id from coding_round_finished where round_id = ?").param(id)
        .query((rs, i) -> finished.computeIfAbsent(rs.getString("username"), u -> new HashSet<>())
            .add(rs.getLong("source_id"))).list();
    List<RoundCoding> all = db.sql("select * from coding where round_id = ? and voided_at is null").param(id)
        .query(CodingRounds::mapCoding).list();
    LinkedHashMap<Long, Integer> everyone = new LinkedHashMap<>();
    db.sql("""
            select s.id, s.char_count from coding_round_source x join evidence_source s on s.id = x.source_id
            where x.round_id = ? order by s.id""")
        .param(id).query((rs, i) -> {
          long s = rs.getLong("id");
          if (coders.stream().allMatch(c -> finished.getOrDefault(c, Set.of()).contains(s))) {
            everyone.put(s, rs.getInt("char_count"));
          }
          return null;
        }).list();
    return new Loaded(ReliabilityUnits.of(coders, codes, units, finished, all), all, everyone);
  }

  // ---- Disagreements and decisions ------------------------------------------------------------

  /** Every unit and code on which the coders who saw the unit differ, in text order, with decisions. */
  public List<Disagreement> disagreements(long id) {
    CodingRound r = requireClosed(id);
    Loaded d = data(r);
    ReliabilityUnits u = d.units();
    Map<Long, String> codeNames = new HashMap<>();
    rounds.setup(id).codes().forEach(c -> codeNames.put(c.id(), c.name()));
    Map<String, Decision> decided = new HashMap<>();
    decisions(id).forEach(x -> decided.put(x.segmentId() + ":" + x.codeId(), x));
    Map<Long, String> sourceNames = new HashMap<>();
    List<Disagreement> out = new ArrayList<>();
    for (int i = 0; i < u.units().size(); i++) {
      RoundUnit unit = u.units().get(i);
      for (int c = 0; c < u.codeIds().size(); c++) {
        boolean one = false;
        boolean zero = false;
        for (int k = 0; k < u.coders().size(); k++) {
          int v = u.cell(i, c, k);
          one |= v == 1;
          zero |= v == 0;
        }
        if (!(one && zero)) {
          continue;
        }
        long codeId = u.codeIds().get(c);
        List<Disagreement.Answer> answers = new ArrayList<>();
        for (int k = 0; k < u.coders().size(); k++) {
          String coder = u.coders().get(k);
          int v = u.cell(i, c, k);
          String words = v != 1 ? null : d.codings().stream()
              .filter(g -> g.coder().equals(coder) && g.codeId() == codeId && g.sourceId() == unit.sourceId()
                  && unit.overlaps(g.start(), g.end()))
              .map(g -> sources.text(unit.sourceId(), Math.max(g.start(), unit.start()), Math.min(g.end(), unit.end())))
              .reduce((a, b) -> a + " … " + b).orElse(null);
          answers.add(new Disagreement.Answer(coder, v == -1 ? null : v == 1, words));
        }
        String speaker = sources.page(unit.sourceId(), unit.seq(), 1).stream().findFirst()
            .map(s -> s.speakerLabel()).orElse(null);
        // The page names the speaker beside the words, so the words leave out the label they start with.
        String text = Segment.spoken(sources.text(unit.sourceId(), unit.start(), unit.end()), speaker);
        out.add(new Disagreement(unit, sourceNames.computeIfAbsent(unit.sourceId(), s -> sources.get(s).name()),
            speaker, text, codeId, codeNames.get(codeId), answers, decided.get(unit.segmentId() + ":" + codeId)));
      }
    }
    return out;
  }

  /** One decision of a round the user may open. */
  public Decision decision(long decisionId) {
    Decision d = db.sql("select * from coding_round_decision where id = ?").param(decisionId)
        .query(RoundResults::mapDecision).optional().orElseThrow(() -> new NotFound("decision", decisionId));
    rounds.get(d.roundId());
    return d;
  }

  public List<Decision> decisions(long id) {
    rounds.get(id);
    return db.sql("select * from coding_round_decision where round_id = ? order by decided_at, id").param(id)
        .query(RoundResults::mapDecision).list();
  }

  /**
   * Settles a unit and code: when it applies, the unit is coded in the project's agreed coding
   * (unless a live coding of the project already covers it with that code, which is then linked),
   * and the reason is kept either way. One decision per unit and code, held by the database.
   */
  @Transactional
  public Decision decide(long id, long segmentId, long codeId, boolean applies, String reason) {
    CodingRound r = requireClosed(id);
    if (!rounds.mayRun(r)) {
      throw new Forbidden("Only the round's owner or the coordinator settles its disagreements.");
    }
    projects.requireWorkable(r.projectId());
    String why = IncomingText.clean(reason) == null ? "" : IncomingText.clean(reason).strip();
    if (why.isEmpty()) {
      throw new Conflict("reason", "Give the reason for the decision, as agreed in discussion.");
    }
    if (why.length() > 1000) {
      throw new Conflict("reason", "Keep the reason under 1,000 characters.");
    }
    RoundUnit unit = data(r).units().units().stream().filter(x -> x.segmentId() == segmentId).findFirst()
        .orElseThrow(() -> new NotFound("unit of this round", segmentId));
    boolean codeIn = db.sql("select count(*) from coding_round_code where round_id = ? and code_id = ?")
        .params(id, codeId).query(Long.class).single() > 0;
    if (!codeIn) {
      throw new Conflict("codeId", "That code was not in play in this round.");
    }
    Long codingId = null;
    if (applies) {
      codingId = codings.overlapping(unit.sourceId(), unit.start(), unit.end()).stream()
          .filter(g -> g.codeId() == codeId).map(g -> g.id()).findFirst()
          .orElseGet(() -> codings.applyToSegment(unit.sourceId(), segmentId, codeId).id());
    }
    Long linked = codingId;
    long decisionId = Unique.orConflict("segmentId", "This passage and code were already settled.", () -> Keys.insert(
        db.sql("""
            insert into coding_round_decision (round_id, segment_id, code_id, applies, reason, coding_id, decided_by,
              decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(id, segmentId, codeId, applies, why, linked, CurrentUser.require().username(),
                Rows.ts(clock.instant()))));
    Decision made = db.sql("select * from coding_round_decision where id = ?").param(decisionId)
        .query(RoundResults::mapDecision).single();
    events.publishEvent(AuditedAction.created("coding_round_decision", decisionId, "In the blind coding round '"
        + r.name() + "', '" + codebook.get(codeId).name() + "' " + (applies ? "applies" : "does not apply")
        + " to turn " + (unit.seq() + 1) + " of '" + sources.get(unit.sourceId()).name() + "': " + why, made));
    return made;
  }

  static Decision mapDecision(ResultSet rs, int row) throws SQLException {
    return new Decision(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("segment_id"), rs.getLong("code_id"),
        rs.getBoolean("applies"), rs.getString("reason"), Rows.longOrNull(rs, "coding_id"), rs.getString("decided_by"),
        Rows.instant(rs, "decided_at"));
  }

  private static Double dbl(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }
}
