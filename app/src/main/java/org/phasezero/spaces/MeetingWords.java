package org.phasezero.spaces;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.phasezero.network.PersonReferences;
import org.phasezero.network.Side;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The words of a partnership's minutes, for research (the discourse module's meetings corpora):
 * each meeting held, its agenda, and its live decisions and agreed actions with the side that
 * proposed or owns each. Never who attended, who spoke, who proposed or who owns: that is why
 * researchers, who otherwise see participation measures only, may read them. The words of someone
 * whose consent to research use does not stand are left out, whoever is reading, as a withdrawn
 * speaker's turns are left out of evidence. Planned meetings have no minutes yet and are not read.
 *
 * <p>Coordinators, site leads (within their partnerships) and researchers read them; statutory
 * partners, who see aggregates only, are refused (403).
 */
@Service
public class MeetingWords {

  /** Which part of the minutes a text is. */
  public enum Part { AGENDA, DECISION, ACTION }

  /**
   * One text of the minutes: {@code recordId} is the decision's or action's id (null for the agenda),
   * {@code side} the side that proposed the decision or owns the action (null for the agenda).
   */
  public record Text(long meetingId, String meetingTitle, LocalDate date, long spaceId, String spaceName, Part part,
      Long recordId, Side side, String text) {

    /** Where the text is on a page of its meeting: {@code agenda}, {@code decision-12} or {@code action-7}. */
    public String anchor() {
      return part == Part.AGENDA ? "agenda" : part.name().toLowerCase(java.util.Locale.ROOT) + "-" + recordId;
    }
  }

  private static final String MEETINGS = """
      select m.id meeting_id, m.title, m.held_on, s.id space_id, s.name space_name, %s
      from meeting m join shared_space s on s.id = m.space_id %s
      where s.partnership_id = :partnership and m.voided_at is null and m.held_on <= :today %s""";

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final PersonReferences people;
  private final Clock clock;

  MeetingWords(JdbcClient db, Partnerships partnerships, PersonReferences people, Clock clock) {
    this.db = db;
    this.partnerships = partnerships;
    this.people = people;
    this.clock = clock;
  }

  /** The partnership's minutes in the order they were written: by date, meeting, then agenda, decisions, actions. */
  public List<Text> of(long partnershipId) {
    return read(partnershipId, null);
  }

  /** One meeting's minutes; 404 when the meeting is not a held, live meeting of the partnership. */
  public List<Text> ofMeeting(long partnershipId, long meetingId) {
    List<Text> texts = read(partnershipId, meetingId);
    if (texts.isEmpty()) {
      throw new NotFound("meeting", meetingId);
    }
    return texts;
  }

  private List<Text> read(long partnershipId, Long meetingId) {
    CurrentUser u = CurrentUser.require();
    if (!u.worksWithPeople() && !u.seesPseudonymsOnly()) {
      throw new Forbidden("Your role sees participation measures only, not what meetings recorded.");
    }
    partnerships.get(partnershipId);
    String oneMeeting = meetingId == null ? "" : " and m.id = :meeting";
    String union = String.join(" union all ",
        MEETINGS.formatted("0 part, m.id record_id, cast(null as varchar(20)) side, cast(null as bigint) person_id, m.agenda body", "",
            oneMeeting + " and m.agenda is not null"),
        MEETINGS.formatted("1 part, d.id record_id, d.proposed_side side, d.proposed_by_person_id person_id, d.text body",
            "join decision d on d.meeting_id = m.id", oneMeeting + " and d.voided_at is null"),
        MEETINGS.formatted("2 part, a.id record_id, a.owner_side side, a.owner_person_id person_id, a.text body",
            "join meeting_action a on a.meeting_id = m.id", oneMeeting + " and a.voided_at is null"));
    Set<Long> consented = people.researchConsented();
    var query = db.sql("select * from (" + union + ") t order by held_on, meeting_id, part, record_id")
        .param("partnership", partnershipId).param("today", Date.valueOf(LocalDate.now(clock)));
    if (meetingId != null) {
      query = query.param("meeting", meetingId);
    }
    record Row(Text text, Long person) {}
    return query.query((rs, n) -> {
      Part part = Part.values()[rs.getInt("part")];
      return new Row(new Text(rs.getLong("meeting_id"), rs.getString("title"), Rows.date(rs, "held_on"),
          rs.getLong("space_id"), rs.getString("space_name"), part, part == Part.AGENDA ? null : rs.getLong("record_id"),
          Rows.enumOrNull(rs, "side", Side.class), rs.getString("body")), Rows.longOrNull(rs, "person_id"));
    }).list().stream().filter(r -> r.person() == null || consented.contains(r.person())).map(Row::text).toList();
  }
}
