package org.phasezero.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.SystemActor;
import org.phasezero.socialcapital.NetworkAnalyses;
import org.phasezero.socialcapital.NetworkAnalysis;
import org.phasezero.socialcapital.NetworkQuery;
import org.phasezero.support.OnDemoNetwork;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's social capital story, as the network map tells it: linking ties appear once the hub
 * brokers between the sides; one broker at the hub carries most linking paths (the computed risk
 * says so); in the Tamil partnership a second broker has emerged at the welfare association.
 */
@OnDemoNetwork
class DemoSocialCapitalTest {

  @Autowired
  NetworkAnalyses analyses;

  @Autowired
  Partnerships partnerships;

  @Autowired
  DemoCalendar calendar;

  private NetworkAnalysis analyse(Long partnership) {
    NetworkQuery standard = NetworkQuery.standard(LocalDate.now());
    return analyses.of(new NetworkQuery(standard.sources(), standard.from(), standard.to(), standard.nodes(),
        partnership, standard.tieKinds()));
  }

  private static String organisationOf(NetworkAnalysis a, int v) {
    return a.network().nodes().get(v).organisationName();
  }

  @Test
  void oneBrokerAtTheHubCarriesMostLinkingPaths() {
    try (var system = SystemActor.enter("test")) {
      NetworkAnalysis a = analyse(null);
      assertThat(a.keyPeople()).isNotEmpty();
      int broker = a.keyPeople().get(0);
      assertThat(organisationOf(a, broker)).isEqualTo("Wandle Community Hub");
      assertThat(a.linkingShare(broker)).isGreaterThan(NetworkAnalysis.MOST);
      // Not a single point of failure: community members have linking ties of their own.
      assertThat(a.disconnectsSides(broker)).isFalse();
    }
  }

  @Test
  void aSecondBrokerEmergedInTheTamilPartnership() {
    try (var system = SystemActor.enter("test")) {
      long tamil = partnerships.all().stream().filter(p -> p.name().equals("Tamil talking therapies"))
          .map(Partnership::id).findFirst().orElseThrow();
      NetworkAnalysis a = analyse(tamil);
      assertThat(a.keyPeople()).isNotEmpty();
      int broker = a.keyPeople().get(0);
      assertThat(organisationOf(a, broker)).isEqualTo("Tamil Welfare Association");
      assertThat(a.linkingShare(broker)).isGreaterThan(NetworkAnalysis.MOST);
      // A year before, the temple's leader carried most of the partnership's linking paths, and the
      // welfare association's leader had no ties to the service yet.
      String key = a.network().nodes().get(broker).key();
      NetworkQuery before = NetworkQuery.standard(calendar.on(2025, 5, 31));
      NetworkAnalysis earlier = analyses.of(new NetworkQuery(before.sources(), before.from(), before.to(),
          before.nodes(), tamil, before.tieKinds()));
      assertThat(earlier.linkingShare(earlier.nodeIndex(key))).isLessThan(NetworkAnalysis.MOST);
      assertThat(earlier.keyPeople()).isNotEmpty();
      assertThat(organisationOf(earlier, earlier.keyPeople().get(0))).isEqualTo("Sri Murugan Temple");
    }
  }

  @Test
  void linkingTiesAppearOnceTheHubBrokersBetweenTheSides() {
    try (var system = SystemActor.enter("test")) {
      int before = analyses.of(NetworkQuery.standard(calendar.on(2024, 8, 31))).figures().linkingTies();
      int after = analyses.of(NetworkQuery.standard(calendar.on(2025, 8, 31))).figures().linkingTies();
      assertThat(before).isZero();
      assertThat(after).isGreaterThan(20);
    }
  }
}
