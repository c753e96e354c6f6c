package org.phasezero.socialcapital;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phasezero.network.PersonReferences;
import org.phasezero.network.Side;
import org.phasezero.network.TieKind;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.socialcapital.SocialNetwork.Edge;
import org.phasezero.socialcapital.SocialNetwork.EdgeKind;
import org.phasezero.socialcapital.SocialNetwork.Node;
import org.phasezero.socialcapital.SocialNetwork.NodeType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds a {@link SocialNetwork} from the records, whoever asks: the whole network is read so that
 * measures are true of it, and {@link NetworkViewer} decides what each role is shown. Nothing about a
 * person beyond their name, pseudonym and organisation is read, so no view of a person is audited.
 *
 * <p>Nodes are every live person with a live membership (people are placed by their first one,
 * as the network places them everywhere) and every live organisation, as the query's node kind
 * asks; a partnership's network keeps the people and organisations of its member organisations, the
 * meetings of its spaces and its engagements. People at a meeting or engagement who are in no
 * organisation join as nodes without a side.
 */
@Service
public class NetworkRecords {

  private final JdbcClient db;
  private final PersonReferences references;
  private final Partnerships partnerships;

  NetworkRecords(JdbcClient db, PersonReferences references, Partnerships partnerships) {
    this.db = db;
    this.references = references;
    this.partnerships = partnerships;
  }

  /**
   * A stamp that changes whenever any record a network is built from changes: analyses cached
   * under an older stamp are stale. Counts catch inserts, the latest change times catch edits and
   * voids.
   */
  public String stamp() {
    return db.sql("""
        select (select count(*) from tie) || '/' || coalesce(cast((select max(updated_at) from tie) as varchar(40)), '')
          || '/' || (select count(*) from meeting_attendance) || '/' || (select count(*) from meeting_attendance where voided_at is not null)
          || '/' || (select count(*) from membership) || '/' || (select count(*) from membership where voided_at is not null)
          || '/' || (select count(*) from engagement_person) || '/' || (select count(*) from person where voided_at is not null)
          || '/' || (select count(*) from person) || '/' || coalesce(cast((select max(updated_at) from person) as varchar(40)), '')
          || '/' || (select count(*) from organisation) || '/' || coalesce(cast((select max(updated_at) from organisation) as varchar(40)), '')
          || '/' || coalesce(cast((select max(updated_at) from meeting) as varchar(40)), '')
          || '/' || (select count(*) from engagement) || '/' || (select coalesce(sum(version), 0) from engagement)
          || '/' || (select count(*) from engagement where voided_at is not null)
          || '/' || (select count(*) from partnership_organisation) || '/' || (select count(left_on) from partnership_organisation)""")
        .query(String.class).single();
  }

  /** The network the query chooses; whether the user may see its partnership is the caller's check. */
  public SocialNetwork build(NetworkQuery q) {
    Set<Long> organisationsIn = q.partnershipId() == null ? null
        : partnerships.memberOrganisationIds(q.partnershipId());
    Map<Long, PersonReferences.Placement> placements = references.placements();
    Builder b = new Builder(q);
    Map<Long, String> organisationNames = new LinkedHashMap<>();
    Map<Long, Side> organisationSides = new HashMap<>();
    db.sql("select id, name, side from organisation where voided_at is null order by id").query((rs, i) -> {
      long id = rs.getLong("id");
      if (organisationsIn == null || organisationsIn.contains(id)) {
        organisationNames.put(id, rs.getString("name"));
        organisationSides.put(id, Side.valueOf(rs.getString("side")));
      }
      return null;
    }).list();
    if (q.nodes() != NodeKind.PEOPLE) {
      organisationNames.forEach((id, name) -> b.organisation(id, name, organisationSides.get(id)));
    }
    Map<Long, String[]> people = new HashMap<>();
    db.sql("select id, display_name, pseudonym from person where voided_at is null").query((rs, i) -> {
      people.put(rs.getLong("id"), new String[] {rs.getString("display_name"), rs.getString("pseudonym")});
      return null;
    }).list();
    b.people(people, placements, organisationsIn);

    if (q.uses(NetworkSource.TIES)) {
      ties(q, b);
    }
    if (q.uses(NetworkSource.MEETINGS)) {
      groups(b, EdgeKind.MEETINGS, """
          select a.meeting_id, a.person_id from meeting_attendance a join meeting m on m.id = a.meeting_id
          join shared_space s on s.id = m.space_id
          where a.voided_at is null and m.voided_at is null and m.held_on between ? and ?""",
          "s.partnership_id", q);
    }
    if (q.uses(NetworkSource.ENGAGEMENTS)) {
      groups(b, EdgeKind.ENGAGEMENT, """
          select e.id, ep.person_id from engagement_person ep join engagement e on e.id = ep.engagement_id
          where e.voided_at is null and e.held_on between ? and ?""", "e.partnership_id", q);
    }
    if (q.uses(NetworkSource.MEMBERSHIPS) && q.nodes() == NodeKind.BOTH) {
      db.sql("select person_id, organisation_id from membership where voided_at is null").query((rs, i) -> {
        b.relate(b.person(rs.getLong("person_id")), b.organisation(rs.getLong("organisation_id")), EdgeKind.MEMBERSHIP,
            null);
        return null;
      }).list();
    }
    return b.build();
  }

  private void ties(NetworkQuery q, Builder b) {
    db.sql("""
            select from_person_id, from_organisation_id, to_person_id, to_organisation_id, kind, trust
            from tie where coalesce(since, cast(created_at as date)) <= ?
            and (voided_at is null or cast(voided_at as date) >= ?)""")
        .params(Date.valueOf(q.to()), Date.valueOf(q.from()))
        .query((rs, i) -> {
          TieKind kind = TieKind.valueOf(rs.getString("kind"));
          if (q.tieKinds().contains(kind)) {
            int trust = rs.getInt("trust");
            Integer t = rs.wasNull() ? null : trust;
            b.relate(b.end(rs.getObject("from_person_id", Long.class), rs.getObject("from_organisation_id", Long.class)),
                b.end(rs.getObject("to_person_id", Long.class), rs.getObject("to_organisation_id", Long.class)),
                EdgeKind.valueOf(kind.name()), t);
          }
          return null;
        }).list();
  }

  /** Everyone at the same meeting (or engagement) is tied to everyone else there. */
  private void groups(Builder b, EdgeKind kind, String sql, String partnershipColumn, NetworkQuery q) {
    List<Object> params = new ArrayList<>(List.of(Date.valueOf(q.from()), Date.valueOf(q.to())));
    String where = "";
    if (q.partnershipId() != null) {
      where = " and " + partnershipColumn + " = ?";
      params.add(q.partnershipId());
    }
    Map<Long, List<Long>> byGathering = new LinkedHashMap<>();
    db.sql(sql + where).params(params).query((rs, i) -> {
      byGathering.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
      return null;
    }).list();
    for (List<Long> present : byGathering.values()) {
      List<Integer> nodes = present.stream().distinct().map(b::person).filter(n -> n >= 0).distinct().toList();
      for (int i = 0; i < nodes.size(); i++) {
        for (int j = i + 1; j < nodes.size(); j++) {
          b.relate(nodes.get(i), nodes.get(j), kind, null);
        }
      }
    }
  }

  /** Collects nodes and merges every record between the same two nodes into one edge. */
  private static final class Builder {
    private final NetworkQuery q;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<Long, Long> organisationOf = new HashMap<>();
    private final Map<Long, EdgeBuilder> edges = new HashMap<>();
    private final Map<Long, String[]> people = new HashMap<>();
    private final Map<Long, PersonReferences.Placement> placements = new HashMap<>();
    private final Map<Long, String> organisationNames = new HashMap<>();
    private Set<Long> organisationsIn;

    Builder(NetworkQuery q) {
      this.q = q;
    }

    void people(Map<Long, String[]> all, Map<Long, PersonReferences.Placement> placed, Set<Long> within) {
      people.putAll(all);
      placements.putAll(placed);
      organisationsIn = within;
      placed.forEach((person, p) -> organisationNames.put(p.organisationId(), p.organisationName()));
      List<Long> ids = new ArrayList<>(placed.keySet());
      ids.sort(null);
      for (long id : ids) {
        PersonReferences.Placement p = placed.get(id);
        if (all.containsKey(id) && (within == null || within.contains(p.organisationId()))) {
          organisationOf.put(id, p.organisationId());
          if (q.nodes() != NodeKind.ORGANISATIONS) {
            person(id);
          }
        }
      }
    }

    int organisation(long id, String name, Side side) {
      return index.computeIfAbsent(NodeType.ORGANISATION.key(id), key -> {
        nodes.add(new Node(key, NodeType.ORGANISATION, id, name, null, null, null, side));
        return nodes.size() - 1;
      });
    }

    int organisation(long id) {
      return index.getOrDefault(NodeType.ORGANISATION.key(id), -1);
    }

    /** The node standing for a person: themselves, or their organisation in a network of organisations; -1 if outside. */
    int person(long id) {
      String[] names = people.get(id);
      if (names == null) {
        return -1;
      }
      PersonReferences.Placement p = placements.get(id);
      if (p == null && organisationsIn != null) {
        return -1;
      }
      if (p != null && organisationsIn != null && !organisationsIn.contains(p.organisationId())) {
        return -1;
      }
      if (q.nodes() == NodeKind.ORGANISATIONS) {
        return p == null ? -1 : organisation(p.organisationId());
      }
      return index.computeIfAbsent(NodeType.PERSON.key(id), key -> {
        nodes.add(new Node(key, NodeType.PERSON, id, names[0], names[1], p == null ? null : p.organisationId(),
            p == null ? null : p.organisationName(), p == null ? null : p.side()));
        return nodes.size() - 1;
      });
    }

    int end(Long personId, Long organisationId) {
      if (personId != null) {
        return person(personId);
      }
      return q.nodes() == NodeKind.PEOPLE ? -1 : organisation(organisationId);
    }

    void relate(int x, int y, EdgeKind kind, Integer trust) {
      if (x < 0 || y < 0 || x == y) {
        return;
      }
      int a = Math.min(x, y);
      int c = Math.max(x, y);
      edges.computeIfAbsent(((long) a << 32) | c, k -> new EdgeBuilder(a, c)).add(kind, trust);
    }

    SocialNetwork build() {
      List<Edge> built = edges.values().stream().map(EdgeBuilder::build)
          .sorted(Comparator.comparingInt(Edge::a).thenComparingInt(Edge::b)).toList();
      return new SocialNetwork(q, List.copyOf(nodes), built);
    }
  }

  private static final class EdgeBuilder {
    private final int a;
    private final int b;
    private final Set<EdgeKind> kinds = SocialNetwork.kinds();
    private int meetings;
    private int engagements;
    private Integer trust;
    private int weight;

    EdgeBuilder(int a, int b) {
      this.a = a;
      this.b = b;
    }

    void add(EdgeKind kind, Integer t) {
      kinds.add(kind);
      weight++;
      if (kind == EdgeKind.MEETINGS) {
        meetings++;
      } else if (kind == EdgeKind.ENGAGEMENT) {
        engagements++;
      }
      if (t != null && (trust == null || t > trust)) {
        trust = t;
      }
    }

    Edge build() {
      return new Edge(a, b, java.util.Collections.unmodifiableSet(kinds), meetings, engagements, trust, weight);
    }
  }
}
