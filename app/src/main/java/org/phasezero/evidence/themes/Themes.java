package org.phasezero.evidence.themes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.phasezero.evidence.Code;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.evidence.themes.Theme.Tier;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Rows;
import org.phasezero.shared.SqlWhere;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The themes of thematic networks, tier by tier: one global theme per network, organising themes
 * under it, basic themes under those, and codes grouped by basic themes. The tiers are checked here
 * to give a clear refusal and held again by the database (V46), which also decides between two
 * simultaneous global themes. Moving a theme keeps its codes and the themes under it; removing one
 * voids it with a reason, once nothing live sits under it.
 */
@Service
public class Themes {

  private static final String SELECT = "select t.*, n.project_id from theme t join thematic_network n on n.id = t.network_id";

  private final JdbcClient db;
  private final ThematicNetworks networks;
  private final Codebook codebook;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Themes(JdbcClient db, ThematicNetworks networks, Codebook codebook, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.networks = networks;
    this.codebook = codebook;
    this.events = events;
    this.clock = clock;
  }

  /** The live themes of a network, tier by tier and by name. */
  public List<Theme> ofNetwork(long networkId) {
    networks.get(networkId);
    return withCodes(db.sql(SELECT + """
             where t.network_id = ? and t.voided_at is null
            order by case t.tier when 'GLOBAL' then 0 when 'ORGANISING' then 1 else 2 end, lower(t.name), t.id""")
        .param(networkId).query(Themes::map).list());
  }

  /** A theme of a project the user may open, live or removed (404 otherwise). */
  public Theme get(long id) {
    SqlWhere where = ProjectAccess.visibleOn(CurrentUser.require(), "n.project_id").and("t.id = ?", id);
    return withCodes(db.sql(SELECT + where.sql()).params(where.params()).query(Themes::map).list()).stream()
        .findFirst().orElseThrow(() -> new NotFound("theme", id));
  }

  /** The live codes a theme traces down to: a basic theme's own, an organising theme's basic themes', or the network's. */
  public List<Long> codesUnder(Theme theme) {
    String scope = switch (theme.tier()) {
      case BASIC -> "b.id = ?";
      case ORGANISING -> "b.parent_id = ?";
      case GLOBAL -> "b.network_id = ?";
    };
    return db.sql("""
            select distinct tc.code_id from theme_code tc join theme b on b.id = tc.theme_id and b.voided_at is null
              join evidence_code c on c.id = tc.code_id and c.voided_at is null
            where\s""" + scope + " order by tc.code_id")
        .param(theme.tier() == Tier.GLOBAL ? theme.networkId() : theme.id()).query(Long.class).list();
  }

  @Transactional
  public Theme add(long networkId, ThemeForm form) {
    ThematicNetwork network = networks.requireLive(networkId);
    Tier tier = form.getTier();
    if (tier == null) {
      throw new Conflict("tier", "Choose the tier of the theme: global, organising or basic.");
    }
    Theme parent = parentFor(network, tier, tier == Tier.ORGANISING && form.getParentId() == null
        ? globalOf(networkId) : form.getParentId());
    String name = IncomingText.clean(form.getName()).strip();
    var now = Rows.ts(clock.instant());
    long id = Unique.orConflict("tier", "This network already has a global theme; a network has one, at its centre.",
        () -> Keys.insert(db.sql("""
            insert into theme (network_id, tier, parent_id, parent_tier, centre, name, description, created_by,
              created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(networkId, tier.name(), parent == null ? null : parent.id(), parent == null ? null : parent.tier().name(),
            tier == Tier.GLOBAL ? 1 : null, name, Rows.blankToNull(IncomingText.clean(form.getDescription())),
            CurrentUser.require().username(), now, now)));
    Theme created = get(id);
    events.publishEvent(AuditedAction.created("theme", id, tierWord(tier) + " theme '" + name
        + "' added to the thematic network '" + network.name() + "'", created));
    return created;
  }

  /** Renames, describes or moves a theme, from the version read; its tier stays, and its evidence moves with it. */
  @Transactional
  public Theme update(long id, ThemeForm form) {
    Theme before = requireLive(id);
    ThematicNetwork network = networks.requireLive(before.networkId());
    if (form.getTier() != null && form.getTier() != before.tier()) {
      throw new Conflict("tier", "A theme keeps its tier. Add a new theme in the other tier and move the codes to it.");
    }
    Long parentId = form.getParentId() == null && before.tier() == Tier.ORGANISING ? before.parentId()
        : form.getParentId();
    if (!Objects.equals(parentId, before.parentId())) {
      parentFor(network, before.tier(), parentId);
    }
    String name = IncomingText.clean(form.getName()).strip();
    int n = db.sql("""
            update theme set name = ?, description = ?, parent_id = ?, updated_at = ?, version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(name, Rows.blankToNull(IncomingText.clean(form.getDescription())), parentId, Rows.ts(clock.instant()),
            id, form.getVersion()).update();
    OptimisticLock.requireUpdated(n, "theme");
    Theme after = get(id);
    String moved = Objects.equals(parentId, before.parentId()) ? "" : " and moved under '" + get(parentId).name() + "'";
    events.publishEvent(AuditedAction.updated("theme", id, "Theme '" + name + "' changed" + moved, before, after));
    return after;
  }

  /** Groups a live code of the project under a basic theme. */
  @Transactional
  public Theme attach(long themeId, long codeId) {
    Theme theme = requireLive(themeId);
    ThematicNetwork network = networks.requireLive(theme.networkId());
    if (theme.tier() != Tier.BASIC) {
      throw new Conflict("codeId", "Codes are grouped by basic themes; '" + theme.name() + "' is "
          + tierWord(theme.tier()).toLowerCase(java.util.Locale.ROOT) + ". Attach the code to one of its basic themes.");
    }
    Code code = codebook.requireLive(codeId);
    if (code.projectId() != network.projectId()) {
      throw new Conflict("codeId", "The code '" + code.name() + "' belongs to another project.");
    }
    Unique.orConflict("codeId", "The code '" + code.name() + "' is already in '" + theme.name() + "'.",
        () -> db.sql("""
            insert into theme_code (theme_id, theme_tier, code_id, added_by, added_at) values (?, ?, ?, ?, ?)""")
        .params(themeId, theme.tier().name(), codeId, CurrentUser.require().username(), Rows.ts(clock.instant()))
        .update());
    Theme after = get(themeId);
    events.publishEvent(AuditedAction.updated("theme", themeId, "Code '" + code.name() + "' grouped under the basic theme '"
        + theme.name() + "'", theme, after));
    return after;
  }

  @Transactional
  public Theme detach(long themeId, long codeId) {
    Theme theme = requireLive(themeId);
    networks.requireLive(theme.networkId());
    int n = db.sql("delete from theme_code where theme_id = ? and code_id = ?").params(themeId, codeId).update();
    if (n == 0) {
      throw new Conflict("codeId", "That code is not in '" + theme.name() + "'.");
    }
    Theme after = get(themeId);
    events.publishEvent(AuditedAction.updated("theme", themeId, "Code " + codeId + " taken out of the basic theme '"
        + theme.name() + "'", theme, after));
    return after;
  }

  /** Removes a theme with a reason; themes under it must be moved or removed first, so nothing is left hanging. */
  @Transactional
  public Theme remove(long id, String reason) {
    Theme before = requireLive(id);
    networks.requireLive(before.networkId());
    long under = db.sql("select count(*) from theme where parent_id = ? and voided_at is null").param(id)
        .query(Long.class).single();
    if (under > 0) {
      throw new Conflict("'" + before.name() + "' still has " + under + " theme(s) under it. Move or remove them first.");
    }
    db.sql("update theme set voided_at = ?, void_reason = ?, live_key = null where id = ?")
        .params(Rows.ts(clock.instant()), reason, id).update();
    Theme after = get(id);
    events.publishEvent(AuditedAction.voided("theme", id, "Theme '" + before.name() + "' removed: " + reason, before,
        after));
    return after;
  }

  private Theme requireLive(long id) {
    Theme t = get(id);
    if (t.voided()) {
      throw new Conflict("This theme was removed and can no longer be changed.");
    }
    return t;
  }

  /** The live theme a theme of {@code tier} may sit under, checked; null for the global theme. */
  private Theme parentFor(ThematicNetwork network, Tier tier, Long parentId) {
    if (tier == Tier.GLOBAL) {
      if (parentId != null) {
        throw new Conflict("parentId", "The global theme sits at the centre of the network, under no other theme.");
      }
      return null;
    }
    String rule = tier == Tier.ORGANISING ? "An organising theme sits under the network's global theme."
        : "A basic theme sits under an organising theme of the same network.";
    if (parentId == null) {
      throw new Conflict("parentId", tier == Tier.ORGANISING ? "Add the global theme first: " + rule : rule);
    }
    Theme parent;
    try {
      parent = get(parentId);
    } catch (NotFound e) {
      throw new Conflict("parentId", rule);
    }
    if (parent.voided() || parent.networkId() != network.id() || parent.tier() != tier.parentTier()) {
      throw new Conflict("parentId", rule);
    }
    return parent;
  }

  private Long globalOf(long networkId) {
    return db.sql("select id from theme where network_id = ? and tier = 'GLOBAL' and voided_at is null")
        .param(networkId).query(Long.class).optional().orElse(null);
  }

  private static String tierWord(Tier tier) {
    return switch (tier) {
      case GLOBAL -> "Global";
      case ORGANISING -> "Organising";
      case BASIC -> "Basic";
    };
  }

  private List<Theme> withCodes(List<Theme> themes) {
    if (themes.isEmpty()) {
      return themes;
    }
    Map<Long, List<Long>> codes = new HashMap<>();
    db.sql("""
            select tc.theme_id, tc.code_id from theme_code tc join theme t on t.id = tc.theme_id
              join evidence_code c on c.id = tc.code_id and c.voided_at is null
            where t.network_id = ? order by tc.theme_id, lower(c.name), c.id""")
        .param(themes.get(0).networkId()).query((rs, i) -> codes.computeIfAbsent(rs.getLong("theme_id"),
            k -> new java.util.ArrayList<>()).add(rs.getLong("code_id"))).list();
    return themes.stream().map(t -> new Theme(t.id(), t.networkId(), t.tier(), t.parentId(), t.name(), t.description(),
        List.copyOf(codes.getOrDefault(t.id(), List.of())), t.version(), t.voidedAt(), t.voidReason())).toList();
  }

  static Theme map(ResultSet rs, int row) throws SQLException {
    return new Theme(rs.getLong("id"), rs.getLong("network_id"), Tier.valueOf(rs.getString("tier")),
        Rows.longOrNull(rs, "parent_id"), rs.getString("name"), rs.getString("description"), List.of(),
        rs.getInt("version"), Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
