package org.phasezero.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phasezero.value.ProxyOrigin;
import org.phasezero.value.game.Cohort;
import org.phasezero.value.game.ValueGames;
import org.phasezero.security.SystemActor;
import org.phasezero.support.OnDemoNetwork;
import org.phasezero.value.AccountInputs;
import org.phasezero.value.SroiAccount;
import org.phasezero.value.SroiAccounts;
import org.phasezero.value.SroiFigures;
import org.phasezero.value.SroiResults;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's SROI account: the Tamil partnership's first year of the reference group, its inputs
 * read from the demo ledger (funding, with the involvement paid from it listed but not added), four
 * outcomes for three stakeholders, and a ratio with its simulated range.
 */
@OnDemoNetwork
class DemoValueTest {

  @Autowired
  SroiAccounts accounts;

  @Autowired
  SroiResults results;

  @Autowired
  org.phasezero.value.EvidencePacks packs;

  @Autowired
  ValueGames games;

  @Test
  void theTamilAccountIsValuedFromTheDemoLedger() {
    try (var system = SystemActor.enter("test")) {
      List<SroiAccount> all = accounts.list(null, false);
      SroiAccount a = all.stream().filter(x -> x.title().equals(DemoValue.TITLE)).findFirst().orElseThrow();
      assertThat(a.partnershipName()).isEqualTo("Tamil talking therapies");
      assertThat(accounts.outcomes(a.id())).hasSize(4);
      AccountInputs inputs = results.inputs(a);
      assertThat(inputs.total(AccountInputs.Source.FUNDING)).isPositive();
      assertThat(inputs.total()).isPositive();
      assertThat(inputs.outputs().meetings()).isPositive();
      SroiFigures f = results.figures(a.id());
      assertThat(f.complete()).isTrue();
      assertThat(f.stakeholders()).hasSize(3);
      assertThat(f.ratio()).isPositive();
      assertThat(f.monteCarlo().ratio().p5()).isLessThan(f.ratio()).isPositive();
      assertThat(f.monteCarlo().ratio().p95()).isGreaterThan(f.ratio());
      // The wellbeing outcome is measured on the partnership's SWEMWBS answers.
      assertThat(f.measured()).hasSize(1);
      assertThat(f.measured().get(0).measureTitle()).isEqualTo(DemoValue.MEASURE);
      assertThat(f.measured().get(0).followUp()).isEqualTo(1);
      assertThat(f.measured().get(0).people()).isPositive();
      assertThat(f.measured().get(0).improved()).isPositive().isLessThanOrEqualTo(f.measured().get(0).people());
      // The volunteers' proxy is stakeholder-derived, from the value game both sides played in two rounds.
      var derived = accounts.outcomes(a.id()).stream().filter(o -> o.proxyOrigin() == ProxyOrigin.STAKEHOLDER_DERIVED)
          .toList();
      assertThat(derived).hasSize(1);
      assertThat(derived.get(0).valueGameOutcomeId()).isNotNull();
      var game = games.list(a.partnershipId()).stream().filter(g -> g.title().equals(DemoValueGame.TITLE))
          .findFirst().orElseThrow();
      var result = games.result(game.id(), null);
      assertThat(result.roundsPlayed()).containsExactly(1, 2);
      assertThat(result.players()).isEqualTo(14);
      assertThat(games.players(game.id())).extracting(p -> p.joinedBy().name()).containsOnly("ROOM", "PAPER");
      // The community side values therapy in Tamil above the statutory side; kept appointments the other way.
      var tamil = result.outcomes().stream().filter(o -> o.outcome().name().equals(DemoValueGame.OUTCOMES.get(1)))
          .findFirst().orElseThrow();
      assertThat(tamil.divergence().community()).isGreaterThan(tamil.divergence().statutory());
      var kept = result.outcomes().stream().filter(o -> o.outcome().name().equals(DemoValueGame.OUTCOMES.get(3)))
          .findFirst().orElseThrow();
      assertThat(kept.divergence().community()).isLessThan(kept.divergence().statutory());
      assertThat(derived.get(0).proxyValue()).isEqualTo(result.outcomes().stream()
          .filter(o -> o.outcome().id() == derived.get(0).valueGameOutcomeId()).findFirst().orElseThrow()
          .of(Cohort.COMMUNITY_STAFF).median());
      // Its evidence pack is published, with the account's figures, and today's records reproduce it.
      var pack = packs.list(a.partnershipId()).stream().filter(p -> p.published()).findFirst().orElseThrow();
      assertThat(pack.ready()).isTrue();
      assertThat(packs.content(pack.id()).sroi().ratio()).isEqualTo(f.ratio());
      assertThat(packs.verify(pack.id()).reproduced()).isTrue();
      // The pack shows the game's values by side: enough of each side played for neither to be withheld.
      var packGame = packs.content(pack.id()).games().get(0);
      assertThat(packGame.title()).isEqualTo(DemoValueGame.TITLE);
      assertThat(packGame.communityPlayers()).isEqualTo(8);
      assertThat(packGame.statutoryPlayers()).isEqualTo(6);
      assertThat(packGame.outcomes()).allSatisfy(v -> assertThat(v.community()).isNotNull());
    }
  }
}
