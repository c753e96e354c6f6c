package org.phasezero.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.SystemActor;
import org.phasezero.support.OnDemoNetwork;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Readiness gathers its evidence from three capabilities (partnerships, spaces, payments) through
 * the ReadinessEvidence SPI. On the demo network the partnership that reached co-production meets
 * every criterion, and the one still in phase zero after 18 months shows exactly what is missing.
 */
@OnDemoNetwork
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadinessAcrossCapabilitiesTest {

  @Autowired
  Partnerships partnerships;

  @Autowired
  ReadinessAssessment readiness;

  Readiness of(String name) {
    return SystemActor.call("readiness", () -> readiness.assess(partnerships.all().stream()
        .filter(x -> x.name().equals(name)).findFirst().orElseThrow().id()));
  }

  static List<String> titles(List<ReadinessCheck> checks) {
    return checks.stream().map(ReadinessCheck::title).toList();
  }

  @Test
  void everyCapabilityContributesItsCriteria() {
    assertThat(titles(of("Tamil talking therapies").checks())).contains(
        "An agreed purpose",                                            // partnerships
        "A shared space with active members from both sides",           // spaces
        "Contributions from both sides in the shared space's meetings", // spaces
        "A payment and recognition policy",                             // payments
        "Independent funding in place");                                // payments
  }

  @Test
  void thePartnershipInCoProductionMeetsEveryCriterion() {
    Readiness r = of("Tamil talking therapies");
    assertThat(r.partnership().phase()).isEqualTo(Phase.PHASE_2_CO_PRODUCTION);
    assertThat(r.missing()).isEmpty();
  }

  @Test
  void thePartnershipStillInPhaseZeroShowsWhatIsMissingWithLinksToFixIt() {
    Readiness r = of("Somali women's wellbeing");
    assertThat(r.partnership().phase().isPhaseZero()).isTrue();
    assertThat(titles(r.missing())).contains("An agreed purpose", "Independent funding in place",
        "A shared space with active members from both sides");
    assertThat(r.missing()).allSatisfy(c -> assertThat(c.fixLink()).startsWith("/"));
  }
}
