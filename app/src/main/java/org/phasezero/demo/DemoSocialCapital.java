package org.phasezero.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.phasezero.network.TieForm;
import org.phasezero.network.TieKind;
import org.phasezero.network.Ties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's social capital story, told in ties. Once the hub starts brokering between the sides
 * (the forum's linking phase), its broker comes to know someone in every statutory organisation and
 * the leader of every community organisation, so that most linking paths run through one person:
 * the computed key-person risk says so. In the Tamil partnership the temple's leader first carries
 * most linking paths; from the second summer the welfare association's leader builds ties of their
 * own to the talking therapies service and becomes the partnership's broker. Loaded last, with its own random source, so the rest of the demo is unchanged.
 */
@Component
class DemoSocialCapital implements DemoHistory {

  private static final long SEED = 20240902L;
  /** When the welfare association's leader began building ties to the service, as written. */
  private static final LocalDate SECOND_BROKER_FROM = LocalDate.of(2025, 6, 2);

  private final JdbcClient db;
  private final Ties ties;
  private final DemoCalendar calendar;

  DemoSocialCapital(JdbcClient db, Ties ties, DemoCalendar calendar) {
    this.db = db;
    this.ties = ties;
    this.calendar = calendar;
  }

  @Override
  public int order() {
    return 500;
  }

  @Override
  public void load(int scale, Random ignored) {
    Random random = new Random(SEED);
    long broker = members("Wandle Community Hub").get(0);
    List<Long> statutory = db.sql("""
            select m.person_id from membership m join organisation o on o.id = m.organisation_id
            where o.side = 'STATUTORY' and m.voided_at is null order by m.person_id""").query(Long.class).list();
    for (int i = 0; i < statutory.size(); i++) {
      tie(broker, statutory.get(i), TieKind.LINKING, DemoNetwork.BROKERING_FROM.plusDays(i * 480L / statutory.size()), random);
    }
    List<Long> leaders = db.sql("""
            select min(m.person_id) from membership m join organisation o on o.id = m.organisation_id
            where o.side = 'COMMUNITY' and o.name <> 'Wandle Community Hub' and m.voided_at is null
            group by o.id order by o.id""").query(Long.class).list();
    for (int i = 0; i < leaders.size(); i++) {
      tie(broker, leaders.get(i), TieKind.BRIDGING, DemoNetwork.BROKERING_FROM.minusDays(60).plusDays(i * 240L / leaders.size()),
          random);
    }
    long worker = members("Tamil Welfare Association").get(0);
    List<Long> therapists = members("Wandle Talking Therapies");
    for (int i = 0; i < therapists.size(); i++) {
      tie(worker, therapists.get(i), TieKind.LINKING, SECOND_BROKER_FROM.plusDays(i * 20L), random);
    }
    tie(worker, members("Sri Murugan Temple").get(0), TieKind.BRIDGING, SECOND_BROKER_FROM.minusDays(30), random);
  }

  private List<Long> members(String organisation) {
    return db.sql("""
            select m.person_id from membership m join organisation o on o.id = m.organisation_id
            where o.name = ? and m.voided_at is null order by m.person_id""").param(organisation).query(Long.class).list();
  }

  private void tie(long from, long to, TieKind kind, LocalDate writtenSince, Random random) {
    TieForm f = new TieForm();
    f.setFromPersonId(from);
    f.setToPersonId(to);
    f.setKind(kind);
    f.setTrust(3 + random.nextInt(3));
    f.setSince(calendar.shift(writtenSince));
    f.setLastContact(calendar.shift(writtenSince.plusDays(30 + random.nextInt(120))));
    f.setNotes(kind == TieKind.LINKING ? "Introduced through the hub's brokering" : null);
    ties.create(f);
  }
}
