package org.phasezero.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.phasezero.discourse.Analyses;
import org.phasezero.discourse.Corpora;
import org.phasezero.discourse.DiscourseCorpus;
import org.phasezero.discourse.PostImports;
import org.phasezero.discourse.SubCorpus;
import org.phasezero.discourse.WordList;
import org.phasezero.network.Side;
import org.phasezero.security.SystemActor;
import org.phasezero.support.OnDemoNetwork;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's discourse: the transcripts' community and statutory voices can be compared at once,
 * each side's turns counted for market and democratic language, and the demo's posts are imported
 * with their one repeated post kept once; the forum's minutes compare the sides' decisions and actions.
 */
@OnDemoNetwork
class DemoDiscourseTest {

  @Autowired
  Corpora corpora;

  @Autowired
  Analyses analyses;

  @Autowired
  PostImports imports;

  @Test
  void theVoicesCanBeComparedAtOnce() {
    try (var system = SystemActor.enter("test")) {
      DiscourseCorpus transcripts = corpora.byName(DemoDiscourse.TRANSCRIPTS);
      long community = sub(transcripts, "Community voice");
      long statutory = sub(transcripts, "Statutory voice");
      Analyses.KeynessResult k = analyses.keyness(transcripts.id(), community, statutory, "ll", 2, true, 20);
      assertThat(k.targetTokens()).isPositive();
      assertThat(k.referenceTokens()).isPositive();
      assertThat(k.scores()).isNotEmpty();
      WordList democratic = corpora.wordLists(transcripts.projectId()).stream()
          .filter(w -> w.name().equals("Democratic language")).findFirst().orElseThrow();
      Analyses.Counts counts = analyses.count(transcripts.id(), null, democratic.id());
      assertThat(counts.groups()).anyMatch(g -> g.side() == Side.COMMUNITY && g.hits() > 0);
      assertThat(counts.groups()).anyMatch(g -> g.side() == Side.STATUTORY && g.tokens() > 0);

      DiscourseCorpus posts = corpora.byName(DemoDiscourse.POSTS);
      var imported = imports.ofCorpus(posts.id()).get(0);
      assertThat(imported.status()).isEqualTo("DONE");
      assertThat(imported.imported()).isEqualTo(11);
      assertThat(imported.duplicates()).isEqualTo(1);
      // The carers talk more democratic language, the staff more market language, per 10,000 words.
      WordList market = corpora.wordLists(transcripts.projectId()).stream()
          .filter(w -> w.name().equals("Market language")).findFirst().orElseThrow();
      long carers = sub(posts, "Carers' forum");
      long staff = sub(posts, "Staff forum");
      assertThat(rate(posts, carers, democratic)).isGreaterThan(rate(posts, staff, democratic));
      assertThat(rate(posts, staff, market)).isGreaterThan(rate(posts, carers, market));
      assertThat(analyses.keyness(posts.id(), carers, staff, "ll", 1, false, 50).scores()).isNotEmpty();

      // The forum's minutes: the community side proposes in democratic language, the statutory in market language.
      DiscourseCorpus minutes = corpora.byName(DemoDiscourse.MINUTES);
      long communitySide = sub(minutes, "Community side");
      long statutorySide = sub(minutes, "Statutory side");
      assertThat(rate(minutes, communitySide, democratic)).isGreaterThan(rate(minutes, statutorySide, democratic));
      assertThat(rate(minutes, statutorySide, market)).isGreaterThan(rate(minutes, communitySide, market));
      assertThat(analyses.keyness(minutes.id(), communitySide, statutorySide, "ll", 2, false, 50).scores())
          .isNotEmpty();
    }
  }

  private double rate(DiscourseCorpus c, long sub, WordList list) {
    Analyses.Counts counts = analyses.count(c.id(), sub, list.id());
    int tokens = counts.groups().stream().mapToInt(Analyses.Group::tokens).sum();
    int hits = counts.groups().stream().mapToInt(Analyses.Group::hits).sum();
    return 10000.0 * hits / tokens;
  }

  private long sub(DiscourseCorpus c, String name) {
    return corpora.subCorpora(c.id()).stream().filter(s -> s.name().equals(name)).findFirst().map(SubCorpus::id)
        .orElseThrow();
  }
}
