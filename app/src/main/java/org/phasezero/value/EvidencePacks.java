package org.phasezero.value;

import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.SystemActor;
import org.phasezero.security.audit.AuditTrail;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.Keys;
import org.phasezero.shared.LinkTokens;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence packs. The rules, all here:
 * <ul>
 *   <li>the coordinator and researchers make packs (the same people who build SROI accounts); the
 *       coordinator publishes them; site leads read their partnerships' packs; statutory partners
 *       read published packs only, of the partnerships they see;</li>
 *   <li>a pack is made off the request thread, as the system on the maker's behalf: the request
 *       answers at once and the pack's page shows its progress;</li>
 *   <li>its content is built as partners may see it ({@link PackContents}), kept as JSON with its
 *       SHA-256 and the audit trail's position, and never changed: {@link #verify} rebuilds it
 *       from today's records and says whether the figures are the same;</li>
 *   <li>making, publishing and every download are audited.</li>
 * </ul>
 */
@Service
public class EvidencePacks {

  private static final String SELECT = "select e.*, p.name partnership_name from evidence_pack e"
      + " join partnership p on p.id = e.partnership_id";
  private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final PackContents contents;
  private final AuditTrail trail;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ExecutorService makers = Executors.newFixedThreadPool(1, r -> {
    Thread t = new Thread(r, "evidence-pack");
    t.setDaemon(true);
    return t;
  });

  EvidencePacks(JdbcClient db, Partnerships partnerships, PackContents contents, AuditTrail trail,
      ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
    this.db = db;
    this.partnerships = partnerships;
    this.contents = contents;
    this.trail = trail;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  @PreDestroy
  void stop() {
    makers.shutdownNow();
  }

  public List<EvidencePack> list(Long partnershipId) {
    CurrentUser u = CurrentUser.require();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (partnershipId != null) {
      partnerships.get(partnershipId);
      where.append(" and e.partnership_id = ?");
      params.add(partnershipId);
    }
    Partnerships.scope("e.partnership_id", where, params);
    if (u.seesAggregatesOnly()) {
      where.append(" and e.published_at is not null");
    }
    return db.sql(SELECT + where + " order by e.created_at desc, e.id desc").params(params)
        .query(EvidencePacks::map).list();
  }

  public EvidencePack get(long id) {
    EvidencePack e = db.sql(SELECT + " where e.id = ?").param(id).query(EvidencePacks::map).optional()
        .orElseThrow(() -> new NotFound("evidence pack", id));
    boolean hidden = !partnerships.isVisible(e.partnershipId())
        || (CurrentUser.require().seesAggregatesOnly() && !e.published());
    if (hidden) {
      throw new NotFound("evidence pack", id);
    }
    return e;
  }

  public boolean mayMake() {
    CurrentUser u = CurrentUser.require();
    return u.isCoordinator() || u.seesPseudonymsOnly();
  }

  public boolean mayPublish(EvidencePack e) {
    return e.ready() && !e.published() && CurrentUser.require().isCoordinator();
  }

  public void requireMayMake() {
    if (!mayMake()) {
      throw new Forbidden("Only a coordinator or a researcher can make an evidence pack.");
    }
  }

  /** Starts making a pack and answers at once; the pack is READY (or FAILED) when the work ends. */
  public EvidencePack start(EvidencePackForm f) {
    long id = begin(f);
    String maker = CurrentUser.require().username();
    makers.submit(() -> make(id, f, maker));
    return get(id);
  }

  /** Makes a pack before answering, for work that is itself off any request (the demo, jobs). */
  public EvidencePack makeNow(EvidencePackForm f) {
    long id = begin(f);
    make(id, f, CurrentUser.require().username());
    return get(id);
  }

  private long begin(EvidencePackForm f) {
    requireMayMake();
    if (f.getPeriodTo().isBefore(f.getPeriodFrom())) {
      throw new Conflict("periodTo", "The period must end on or after the day it starts.");
    }
    partnerships.get(f.getPartnershipId());
    contents.requireNetwork(f.getThematicNetworkId());
    CurrentUser maker = CurrentUser.require();
    return transactions.execute(tx -> {
      long created = Keys.insert(db.sql("""
              insert into evidence_pack (partnership_id, sroi_account_id, period_from, period_to, status, created_by,
                created_at, content_format, thematic_network_id) values (?, ?, ?, ?, 'GENERATING', ?, ?, ?, ?)""")
          .params(f.getPartnershipId(), f.getSroiAccountId(), Rows.sqlDate(f.getPeriodFrom()),
              Rows.sqlDate(f.getPeriodTo()), maker.username(), Timestamp.from(clock.instant()), PackContent.FORMAT,
              f.getThematicNetworkId()));
      events.publishEvent(AuditedAction.created("evidence-pack", created, "Evidence pack started for partnership #"
          + f.getPartnershipId() + ", " + f.getPeriodFrom() + " to " + f.getPeriodTo(), java.util.Map.of(
              "partnershipId", f.getPartnershipId(), "sroiAccountId", String.valueOf(f.getSroiAccountId()))));
      return created;
    });
  }

  /** The work itself: read the records, keep the content, its hash and the trail's position. */
  private void make(long id, EvidencePackForm f, String maker) {
    SystemActor.run("evidence pack for " + maker, () -> {
      try {
        long position = trail.position();
        PackContent content = contents.build(f.getPartnershipId(), f.getPeriodFrom(), f.getPeriodTo(),
            f.getSroiAccountId(), f.getThematicNetworkId(), PackContent.FORMAT);
        String json = JSON.writeValueAsString(content);
        String hash = LinkTokens.hash(json);
        transactions.executeWithoutResult(tx -> {
          db.sql("""
                  update evidence_pack set status = 'READY', content = ?, content_hash = ?, audit_position = ?,
                    ready_at = ? where id = ?""")
              .params(json, hash, position, Timestamp.from(clock.instant()), id).update();
          events.publishEvent(AuditedAction.updated("evidence-pack", id, "Evidence pack made at audit position "
              + position + ", content SHA-256 " + hash, null, java.util.Map.of("hash", hash, "position", position)));
        });
      } catch (RuntimeException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        db.sql("update evidence_pack set status = 'FAILED', failure = ? where id = ?")
            .params(why.length() > 1000 ? why.substring(0, 1000) : why, id).update();
      }
    });
  }

  /** The pack's content as it was made. */
  public PackContent content(long id) {
    EvidencePack e = get(id);
    if (!e.ready()) {
      throw new Conflict("This pack is not ready yet.");
    }
    String json = db.sql("select content from evidence_pack where id = ?").param(id).query(String.class).single();
    return JSON.readValue(json, PackContent.class);
  }

  /** Whether today's records give the pack's figures again, and how far the trail has moved since. */
  public record Verification(boolean reproduced, String hash, String rebuiltHash, long position,
      long recordedSince) {}

  public Verification verify(long id) {
    EvidencePack e = get(id);
    requireMayMake();
    if (!e.ready()) {
      throw new Conflict("This pack is not ready yet.");
    }
    String rebuilt = LinkTokens.hash(JSON.writeValueAsString(contents.build(e.partnershipId(), e.periodFrom(),
        e.periodTo(), e.sroiAccountId(), e.thematicNetworkId(), e.format())));
    return new Verification(rebuilt.equals(e.contentHash()), e.contentHash(), rebuilt, e.auditPosition(),
        trail.recordedSince(e.auditPosition()));
  }

  public EvidencePack publish(long id) {
    EvidencePack e = get(id);
    if (!CurrentUser.require().isCoordinator()) {
      throw new Forbidden("Only a coordinator can publish an evidence pack.");
    }
    if (!e.ready() || e.published()) {
      throw new Conflict(e.published() ? "This pack is already published." : "Only a ready pack can be published.");
    }
    return transactions.execute(tx -> {
      int n = db.sql("update evidence_pack set published_at = ?, published_by = ? where id = ? and published_at is null")
          .params(Timestamp.from(clock.instant()), CurrentUser.require().username(), id).update();
      if (n == 0) {
        throw new Conflict("This pack is already published.");
      }
      EvidencePack after = get(id);
      events.publishEvent(AuditedAction.updated("evidence-pack", id, "Evidence pack published to statutory partners",
          e, after));
      return after;
    });
  }

  /** Records a download of the pack in the audit trail. */
  public void auditDownload(EvidencePack e, String format) {
    transactions.executeWithoutResult(tx -> events.publishEvent(new AuditedAction("EXPORT", "evidence-pack",
        String.valueOf(e.id()), "Evidence pack downloaded as " + format, null, null)));
  }

  static EvidencePack map(ResultSet rs, int row) throws SQLException {
    return new EvidencePack(rs.getLong("id"), rs.getLong("partnership_id"), rs.getString("partnership_name"),
        Rows.longOrNull(rs, "sroi_account_id"), Rows.date(rs, "period_from"), Rows.date(rs, "period_to"),
        rs.getString("status"), Rows.longOrNull(rs, "audit_position"), rs.getString("content_hash"),
        rs.getString("failure"), rs.getString("created_by"), Rows.instant(rs, "created_at"),
        Rows.instant(rs, "ready_at"), Rows.instant(rs, "published_at"), rs.getString("published_by"),
        rs.getInt("content_format"), Rows.longOrNull(rs, "thematic_network_id"));
  }
}
