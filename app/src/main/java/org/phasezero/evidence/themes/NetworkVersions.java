package org.phasezero.evidence.themes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.phasezero.evidence.Code;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Frozen versions of a thematic network ("as presented to the forum on 12 March"): each theme's
 * tier, place, words, codes and passage count copied at that moment, and the comparison of a
 * version with the network as it is now, theme by theme, in words. A version follows its network's
 * access; once frozen it never changes.
 */
@Service
public class NetworkVersions {

  /** A frozen version of a network. */
  public record Version(long id, long networkId, String label, String frozenBy, Instant frozenAt) {}

  /** One theme as it stood (or stands): a basic theme's codes by name, passages counted. */
  public record Row(long themeId, String tier, Long parentId, String name, String description, List<String> codes,
      long passages) {}

  /** One difference between the version and now, for one theme; {@code then} or {@code now} may be empty. */
  public record Change(String theme, Kind kind, String then, String now) {}

  /** What changed about a theme. */
  public enum Kind { ADDED, REMOVED, RENAMED, DESCRIBED, MOVED, CODES, PASSAGES }

  /** A version beside the network now: the changes, and how many themes stayed exactly as they were. */
  public record Comparison(Version version, ThematicNetwork network, List<Change> changes, int unchanged) {}

  private final JdbcClient db;
  private final ThematicNetworks networks;
  private final ThemeEvidence evidence;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  NetworkVersions(JdbcClient db, ThematicNetworks networks, ThemeEvidence evidence, ApplicationEventPublisher events,
      Clock clock) {
    this.db = db;
    this.networks = networks;
    this.evidence = evidence;
    this.events = events;
    this.clock = clock;
  }

  public List<Version> ofNetwork(long networkId) {
    networks.get(networkId);
    return db.sql("select * from theme_network_version where network_id = ? order by frozen_at desc, id desc")
        .param(networkId).query((rs, i) -> new Version(rs.getLong("id"), rs.getLong("network_id"),
            rs.getString("label"), rs.getString("frozen_by"), Rows.instant(rs, "frozen_at"))).list();
  }

  /** Freezes the network as it stands now, under a label people will recognise. */
  @Transactional
  public Version freeze(long networkId, String label) {
    ThematicNetwork network = networks.requireLive(networkId);
    String name = IncomingText.clean(label) == null ? "" : IncomingText.clean(label).strip();
    if (name.isEmpty()) {
      throw new Conflict("label", "Say which version this is, such as 'As presented to the forum on 12 March'.");
    }
    if (name.length() > 300) {
      throw new Conflict("label", "Keep the label under 300 characters.");
    }
    List<Row> rows = current(networkId);
    if (rows.isEmpty()) {
      throw new Conflict("label", "Add the global theme before freezing the network: there is nothing to keep yet.");
    }
    long id = Keys.insert(db.sql("""
            insert into theme_network_version (network_id, label, frozen_by, frozen_at) values (?, ?, ?, ?)""")
        .params(networkId, name, CurrentUser.require().username(), Rows.ts(clock.instant())));
    for (Row r : rows) {
      db.sql("""
              insert into theme_version_row (version_id, theme_id, tier, parent_id, name, description, codes, passages)
              values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(id, r.themeId(), r.tier(), r.parentId(), r.name(), r.description(), String.join("\n", r.codes()),
              r.passages()).update();
    }
    Version v = version(id);
    events.publishEvent(AuditedAction.created("theme_network_version", id, "Thematic network '" + network.name()
        + "' frozen as '" + name + "' (" + rows.size() + " themes)", v));
    return v;
  }

  /** A version of a network the user may open. */
  public Version version(long versionId) {
    Version v = db.sql("select * from theme_network_version where id = ?").param(versionId)
        .query((rs, i) -> new Version(rs.getLong("id"), rs.getLong("network_id"), rs.getString("label"),
            rs.getString("frozen_by"), Rows.instant(rs, "frozen_at"))).optional()
        .orElseThrow(() -> new NotFound("version", versionId));
    networks.get(v.networkId()); // 404 unless the user may open the network
    return v;
  }

  /** The themes as frozen in a version. */
  public List<Row> rows(long versionId) {
    version(versionId);
    return db.sql("select * from theme_version_row where version_id = ? order by theme_id").param(versionId)
        .query((rs, i) -> new Row(rs.getLong("theme_id"), rs.getString("tier"), Rows.longOrNull(rs, "parent_id"),
            rs.getString("name"), rs.getString("description"), splitCodes(rs.getString("codes")),
            rs.getLong("passages"))).list();
  }

  /** The version beside the network now, theme by theme (matched by the theme itself, not its name). */
  public Comparison compare(long versionId) {
    Version v = version(versionId);
    Map<Long, Row> then = byTheme(rows(versionId));
    Map<Long, Row> now = byTheme(current(v.networkId()));
    Map<Long, String> names = new LinkedHashMap<>();
    then.values().forEach(r -> names.put(r.themeId(), r.name()));
    now.values().forEach(r -> names.put(r.themeId(), r.name()));
    List<Change> changes = new ArrayList<>();
    int unchanged = 0;
    for (Row was : then.values()) {
      Row is = now.get(was.themeId());
      if (is == null) {
        changes.add(new Change(was.name(), Kind.REMOVED, tierWords(was), ""));
        continue;
      }
      int before = changes.size();
      if (!was.name().equals(is.name())) {
        changes.add(new Change(is.name(), Kind.RENAMED, was.name(), is.name()));
      }
      if (!Objects.equals(was.description(), is.description())) {
        changes.add(new Change(is.name(), Kind.DESCRIBED, Objects.toString(was.description(), ""),
            Objects.toString(is.description(), "")));
      }
      if (!Objects.equals(was.parentId(), is.parentId())) {
        changes.add(new Change(is.name(), Kind.MOVED, Objects.toString(names.get(was.parentId()), ""),
            Objects.toString(names.get(is.parentId()), "")));
      }
      if (!was.codes().equals(is.codes())) {
        changes.add(new Change(is.name(), Kind.CODES, String.join(", ", was.codes()), String.join(", ", is.codes())));
      }
      if (was.passages() != is.passages()) {
        changes.add(new Change(is.name(), Kind.PASSAGES, String.valueOf(was.passages()), String.valueOf(is.passages())));
      }
      if (changes.size() == before) {
        unchanged++;
      }
    }
    now.values().stream().filter(r -> !then.containsKey(r.themeId()))
        .forEach(r -> changes.add(new Change(r.name(), Kind.ADDED, "", tierWords(r))));
    return new Comparison(v, networks.get(v.networkId()), changes, unchanged);
  }

  /** The network now, as rows: every live theme with its codes by name and passages counted. */
  private List<Row> current(long networkId) {
    List<Row> rows = new ArrayList<>();
    for (ThemeEvidence.Node n : evidence.trace(networkId).nodes()) {
      Theme t = n.theme();
      // Codes hang on basic themes; a theme above shows its basic themes' changes, not again as its own.
      List<String> codes = t.tier() != Theme.Tier.BASIC ? List.of()
          : n.codes().stream().map(Code::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
      rows.add(new Row(t.id(), t.tier().name(), t.parentId(), t.name(), t.description(), codes, n.counts().total()));
    }
    return rows;
  }

  private static Map<Long, Row> byTheme(List<Row> rows) {
    Map<Long, Row> map = new LinkedHashMap<>();
    rows.forEach(r -> map.put(r.themeId(), r));
    return map;
  }

  /** An added or removed theme's tier (GLOBAL, ORGANISING or BASIC), which the page puts in words. */
  private static String tierWords(Row r) {
    return r.tier();
  }

  private static List<String> splitCodes(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
  }
}
