package org.phasezero.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
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
      // Its evidence pack is published, with the account's figures, and today's records reproduce it.
      var pack = packs.list(a.partnershipId()).stream().filter(p -> p.published()).findFirst().orElseThrow();
      assertThat(pack.ready()).isTrue();
      assertThat(packs.content(pack.id()).sroi().ratio()).isEqualTo(f.ratio());
      assertThat(packs.verify(pack.id()).reproduced()).isTrue();
    }
  }
}
