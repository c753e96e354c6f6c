package org.phasezero.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's hierarchical codebook. Codes are merged, moved and split without losing a coding:
 * merging moves every coding to the surviving code (a coder's duplicate is voided with the reason),
 * moving keeps the subtree, splitting moves chosen codings to a new code. Removed codes are voided,
 * never deleted, and cannot be applied.
 */
@Service
public class Codebook {

  private final JdbcClient db;
  private final ResearchProjects projects;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Codebook(JdbcClient db, ResearchProjects projects, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.projects = projects;
    this.events = events;
    this.clock = clock;
  }

  /** The live codes of a project in tree order (each parent before its children), with coding counts. */
  public List<Code> tree(long projectId) {
    projects.get(projectId);
    List<Code> flat = db.sql("""
            select c.*, (select count(*) from coding g where g.code_id = c.id and g.round_id is null and g.voided_at is null) codings
            from evidence_code c where c.project_id = ? and c.voided_at is null order by c.sort_order, lower(c.name), c.id""")
        .param(projectId).query(Codebook::map).list();
    Map<Long, List<Code>> children = new LinkedHashMap<>();
    flat.forEach(c -> children.computeIfAbsent(c.parentId() == null ? 0L : c.parentId(), k -> new ArrayList<>()).add(c));
    List<Code> ordered = new ArrayList<>(flat.size());
    walk(children, 0L, 0, ordered);
    return ordered;
  }

  /**
   * For each code of a {@link #tree} that has sub-codes, its codings with those of every code under
   * it (a passage coded with a code and its sub-code counts for each), as a parent's total is read
   * in NVivo's aggregate view. Linear in the codes.
   */
  public static Map<Long, Integer> withSubCodes(List<Code> tree) {
    Map<Long, Integer> totals = new java.util.HashMap<>();
    Map<Long, Code> byId = new java.util.HashMap<>();
    tree.forEach(c -> byId.put(c.id(), c));
    // Children follow their parents in a tree, so walking it backwards adds each total to its parent once it is complete.
    Map<Long, Integer> running = new java.util.HashMap<>();
    for (int i = tree.size() - 1; i >= 0; i--) {
      Code c = tree.get(i);
      int total = c.codings() + running.getOrDefault(c.id(), 0);
      if (running.containsKey(c.id())) {
        totals.put(c.id(), total);
      }
      if (c.parentId() != null && byId.containsKey(c.parentId())) {
        running.merge(c.parentId(), total, Integer::sum);
      }
    }
    return totals;
  }

  private static void walk(Map<Long, List<Code>> children, long parent, int depth, List<Code> out) {
    for (Code c : children.getOrDefault(parent, List.of())) {
      out.add(new Code(c.id(), c.projectId(), c.guid(), c.parentId(), c.name(), c.description(), c.color(),
          c.codable(), depth, c.codings(), c.version(), c.voidedAt(), c.voidReason()));
      walk(children, c.id(), depth + 1, out);
    }
  }

  /** A code the user may see, live or voided. */
  public Code get(long id) {
    Code c = db.sql("""
            select c.*, (select count(*) from coding g where g.code_id = c.id and g.round_id is null and g.voided_at is null) codings
            from evidence_code c where c.id = ?""")
        .param(id).query(Codebook::map).optional().orElseThrow(() -> new NotFound("code", id));
    projects.get(c.projectId());
    return c;
  }

  /** A live code of a live project, which may be applied or changed. */
  public Code requireLive(long id) {
    Code c = get(id);
    projects.requireWorkable(c.projectId());
    if (c.voided()) {
      throw new Conflict("codeId", "The code '" + c.name() + "' was removed from the codebook and cannot be applied.");
    }
    return c;
  }

  @Transactional
  public Code create(long projectId, CodeForm f) {
    return create(projectId, f, null, true);
  }

  @Transactional
  public Code create(long projectId, CodeForm f, String guid, boolean codable) {
    ResearchProject p = projects.requireWorkable(projectId);
    Long parent = f.getParentId();
    if (parent != null && requireLive(parent).projectId() != projectId) {
      throw new Conflict("parentId", "A code's parent must be in the same project.");
    }
    String name = IncomingText.clean(f.getName()).strip();
    if (guid == null) {
      requireUniqueAmongSiblings(projectId, parent, name, null);
    }
    var now = Rows.ts(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into evidence_code (project_id, guid, parent_id, name, description, color, codable, created_by,
              created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(projectId, guid == null ? UUID.randomUUID().toString() : guid, parent, name,
            Rows.blankToNull(f.getDescription()), Rows.blankToNull(f.getColor()), codable,
            CurrentUser.require().username(), now, now));
    Code created = get(id);
    events.publishEvent(AuditedAction.created("evidence_code", id, "Code '" + name + "' added to the codebook of '"
        + p.name() + "'", created));
    return created;
  }

  /** Renames, describes, recolours or moves a code (with its subtree; never under itself). */
  @Transactional
  public Code update(long id, CodeForm f) {
    return update(id, f, true);
  }

  /**
   * Brings a code in line with an imported codebook, as {@link #update} does but without the rule
   * that siblings have different names: like a project import, a codebook import keeps the names the
   * file gives, and codes that swap names would otherwise clash halfway through.
   */
  @Transactional
  public Code updateFromImport(long id, CodeForm f) {
    return update(id, f, false);
  }

  private Code update(long id, CodeForm f, boolean uniqueAmongSiblings) {
    Code before = requireLive(id);
    Long parent = f.getParentId();
    if (!Objects.equals(parent, before.parentId())) {
      requireMovable(before, parent);
    }
    String name = IncomingText.clean(f.getName()).strip();
    if (uniqueAmongSiblings) {
      requireUniqueAmongSiblings(before.projectId(), parent, name, id);
    }
    int n = db.sql("""
            update evidence_code set name = ?, description = ?, color = ?, parent_id = ?, updated_at = ?,
              version = version + 1 where id = ? and version = ? and voided_at is null""")
        .params(name, Rows.blankToNull(f.getDescription()), Rows.blankToNull(f.getColor()), parent,
            Rows.ts(clock.instant()), id, f.getVersion())
        .update();
    OptimisticLock.requireUpdated(n, "code");
    Code after = get(id);
    events.publishEvent(AuditedAction.updated("evidence_code", id, "Code '" + name + "' changed", before, after));
    return after;
  }

  /**
   * Merges one code into another: every live coding moves to the surviving code, except where the
   * same coder already applied it to the same range (that duplicate is voided, saying why); the
   * merged code's children move to the survivor; the merged code is voided.
   */
  @Transactional
  public Code merge(long fromId, long intoId) {
    Code from = requireLive(fromId);
    Code into = requireLive(intoId);
    if (from.projectId() != into.projectId()) {
      throw new Conflict("intoId", "Codes can only be merged within one project.");
    }
    if (fromId == intoId || isAncestor(fromId, into)) {
      throw new Conflict("intoId", "A code cannot be merged into itself or into one of its own sub-codes.");
    }
    var now = Rows.ts(clock.instant());
    db.sql("""
            update coding set voided_at = ?, void_reason = ?, live_key = null where code_id = ? and voided_at is null
            and exists (select 1 from coding d where d.code_id = ? and d.voided_at is null and d.source_id = coding.source_id
              and d.coder = coding.coder and d.start_offset = coding.start_offset and d.end_offset = coding.end_offset
              and d.region = coding.region and d.round_key = coding.round_key)""")
        .params(now, "Already coded with '" + into.name() + "' when '" + from.name() + "' was merged into it", fromId,
            intoId).update();
    int moved = db.sql("update coding set code_id = ? where code_id = ? and voided_at is null").params(intoId, fromId)
        .update();
    db.sql("update evidence_code set parent_id = ? where parent_id = ? and voided_at is null").params(intoId, fromId)
        .update();
    db.sql("update evidence_code set voided_at = ?, void_reason = ? where id = ?")
        .params(now, "Merged into '" + into.name() + "'", fromId).update();
    Code after = get(intoId);
    events.publishEvent(new AuditedAction("MERGE", "evidence_code", String.valueOf(fromId),
        "Code '" + from.name() + "' merged into '" + into.name() + "' (" + moved + " codings moved)", from, after));
    return after;
  }

  /** Splits a code: the chosen codings move to a new sibling code with the given name. */
  @Transactional
  public Code split(long id, String newName, List<Long> codingIds) {
    Code from = requireLive(id);
    if (codingIds == null || codingIds.isEmpty()) {
      throw new Conflict("codingIds", "Choose the codings that move to the new code.");
    }
    Code created = create(from.projectId(), new CodeForm(newName, null, from.color(), from.parentId()));
    int moved = 0;
    for (Long coding : codingIds) {
      moved += db.sql("update coding set code_id = ? where id = ? and code_id = ? and voided_at is null")
          .params(created.id(), coding, id).update();
    }
    if (moved != codingIds.size()) {
      throw new Conflict("codingIds", "Some of the chosen codings are not live codings of '" + from.name() + "'.");
    }
    events.publishEvent(new AuditedAction("SPLIT", "evidence_code", String.valueOf(id),
        moved + " codings of '" + from.name() + "' moved to the new code '" + created.name() + "'", from, get(created.id())));
    return get(created.id());
  }

  /** Removes a code with a reason; its codings are voided with it, and its children move up a level. */
  @Transactional
  public Code remove(long id, String reason) {
    Code before = requireLive(id);
    var now = Rows.ts(clock.instant());
    db.sql("update coding set voided_at = ?, void_reason = ?, live_key = null where code_id = ? and voided_at is null")
        .params(now, "Code '" + before.name() + "' removed: " + reason, id).update();
    db.sql("update evidence_code set parent_id = ? where parent_id = ? and voided_at is null")
        .params(before.parentId(), id).update();
    db.sql("update evidence_code set voided_at = ?, void_reason = ? where id = ?").params(now, reason, id).update();
    Code after = get(id);
    events.publishEvent(AuditedAction.voided("evidence_code", id, "Code '" + before.name() + "' removed: " + reason,
        before, after));
    return after;
  }

  private void requireMovable(Code code, Long newParent) {
    if (newParent == null) {
      return;
    }
    Code parent = requireLive(newParent);
    if (parent.projectId() != code.projectId()) {
      throw new Conflict("parentId", "A code's parent must be in the same project.");
    }
    if (newParent == code.id() || isAncestor(code.id(), parent)) {
      throw new Conflict("parentId", "A code cannot be moved under itself or under one of its own sub-codes.");
    }
  }

  /** Whether {@code ancestorId} is above {@code code} in the tree. */
  private boolean isAncestor(long ancestorId, Code code) {
    Map<Long, Long> parents = new HashMap<>();
    db.sql("select id, parent_id from evidence_code where project_id = ?").param(code.projectId())
        .query((rs, i) -> parents.put(rs.getLong("id"), Rows.longOrNull(rs, "parent_id"))).list();
    Long at = code.parentId();
    for (int steps = 0; at != null && steps <= parents.size(); steps++) {
      if (at == ancestorId) {
        return true;
      }
      at = parents.get(at);
    }
    return false;
  }

  private void requireUniqueAmongSiblings(long projectId, Long parent, String name, Long except) {
    long same = db.sql("""
            select count(*) from evidence_code where project_id = ? and voided_at is null and lower(name) = lower(?)
            and coalesce(parent_id, 0) = ? and id <> ?""")
        .params(projectId, name, parent == null ? 0L : parent, except == null ? -1L : except).query(Long.class).single();
    if (same > 0) {
      throw new Conflict("name", "There is already a code called '" + name + "' at this place in the codebook.");
    }
  }

  static Code map(ResultSet rs, int row) throws SQLException {
    return new Code(rs.getLong("id"), rs.getLong("project_id"), rs.getString("guid"), Rows.longOrNull(rs, "parent_id"),
        rs.getString("name"), rs.getString("description"), rs.getString("color"), rs.getBoolean("codable"), 0,
        rs.getInt("codings"), rs.getInt("version"), Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
