package org.phasezero.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.phasezero.evidence.Coding;
import org.phasezero.evidence.Codings;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.SourceKind;
import org.phasezero.evidence.Sources;
import org.phasezero.evidence.checking.CheckAnswers;
import org.phasezero.evidence.checking.MemberCheck;
import org.phasezero.evidence.checking.MemberChecks;
import org.phasezero.evidence.rounds.CodingRounds;
import org.phasezero.evidence.rounds.RoundForm;
import org.phasezero.evidence.rounds.RoundResults;
import org.phasezero.evidence.themes.NetworkVersions;
import org.phasezero.evidence.themes.ThematicNetworks;
import org.phasezero.security.Accounts;
import org.phasezero.security.SystemActor;
import org.springframework.stereotype.Component;

/**
 * The demo's analysing together, once the forum evaluation's evidence and themes are loaded
 * ({@link DemoResearch}): the thematic network frozen as presented to the forum, three member
 * checks answered (one by link, one on paper, one withdrawing a quote), and, once the coders'
 * sign-ins exist, a closed blind coding round with three settled disagreements.
 */
@Component
class DemoAnalysingTogether implements DemoHistory {

  static final String ROUND = "Focus group: blind first pass";

  private final ResearchProjects projects;
  private final Sources sources;
  private final Codings codings;
  private final ThematicNetworks networks;
  private final NetworkVersions versions;
  private final MemberChecks checks;
  private final CodingRounds rounds;
  private final RoundResults results;
  private final Accounts accounts;

  DemoAnalysingTogether(ResearchProjects projects, Sources sources, Codings codings, ThematicNetworks networks,
      NetworkVersions versions, MemberChecks checks, CodingRounds rounds, RoundResults results, Accounts accounts) {
    this.projects = projects;
    this.sources = sources;
    this.codings = codings;
    this.networks = networks;
    this.versions = versions;
    this.checks = checks;
    this.rounds = rounds;
    this.results = results;
    this.accounts = accounts;
  }

  @Override
  public int order() {
    return 410;
  }

  @Override
  public void load(int scale, Random random) {
    long project = projects.visible().stream().filter(p -> p.name().equals(DemoResearch.PROJECT)).findFirst()
        .orElseThrow(() -> new IllegalStateException("demo project '" + DemoResearch.PROJECT + "' is missing")).id();
    versions.freeze(networks.ofProject(project).get(0).id(), "As presented to the forum");
    memberChecks(project);
  }

  /**
   * Three participants checked the findings against the network: one agreed through the link, one
   * answered on paper and disagreed with a theme, and one withdrew a quote (whose codings left the
   * analysis with the reason).
   */
  private void memberChecks(long project) {
    long network = networks.ofProject(project).get(0).id();
    String summary = """
        Thank you for taking part in the forum evaluation. We heard that the forum works because people         give it time and come to trust each other, that power has to be shared on purpose, and that what         holds it together is fragile. Below are the themes we drew out and the words of yours we would         like to quote. Tell us if we have got it wrong.""";
    int sent = 0;
    for (MemberChecks.Participant who : checks.participants(project)) {
      if (sent == 3) {
        break;
      }
      MemberChecks.Sent check;
      try {
        check = checks.send(project, who.personId(), network, summary, 60);
      } catch (org.phasezero.shared.Conflict nothingCodedForThem) {
        continue;
      }
      MemberCheck c = check.check();
      Map<String, String> answers = new HashMap<>();
      for (MemberCheck.ThemeItem t : c.themes()) {
        answers.put("theme-" + t.themeId(), "AGREE");
      }
      c.quotes().forEach(q -> answers.put("quote-" + q.seq(), "KEEP"));
      if (sent == 0) {
        answers.put("overallComment", "That is right. The forum was the first place that listened to us.");
        checks.answer(check.token(), CheckAnswers.of(answers));
      } else if (sent == 1) {
        c.themes().stream().filter(t -> t.tier().equals("ORGANISING")).findFirst().ifPresent(t -> {
          answers.put("theme-" + t.themeId(), "DISAGREE");
          answers.put("themeComment-" + t.themeId(), "The trust was there before the forum; the forum used it.");
        });
        checks.recordPaper(c.id(), CheckAnswers.of(answers));
      } else {
        answers.put("quote-1", "WITHDRAW");
        answers.put("quoteComment-1", "I said that in anger. Please leave it out.");
        c.themes().stream().filter(t -> t.tier().equals("BASIC")).findFirst()
            .ifPresent(t -> answers.put("theme-" + t.themeId(), "UNSURE"));
        checks.answer(check.token(), CheckAnswers.of(answers));
      }
      sent++;
    }
  }

  /**
   * The demo's closed blind round (once the coders' sign-ins exist, demo mode only): the three
   * coders code the focus group with the codes used on it, each exactly as in the project's coding,
   * finish it, and the researcher closes the round and settles the first three disagreements.
   */
  void addRound() {
    ResearchProject p = projects.visible().stream().filter(x -> x.name().equals(DemoResearch.PROJECT) && !x.voided()).findFirst()
        .orElse(null);
    if (p == null || !rounds.ofProject(p.id()).isEmpty()
        || DemoResearch.CODERS.stream().anyMatch(c -> accounts.find(c).isEmpty() || !projects.isMember(p.id(), c))) {
      return;
    }
    long source = sources.ofProject(p.id()).stream().filter(s -> s.kind() == SourceKind.FOCUS_GROUP).findFirst()
        .orElseThrow().id();
    List<Coding> coded = codings.ofSource(source);
    List<Long> codeIds = coded.stream().map(Coding::codeId).distinct().sorted().toList();
    var owner = accounts.find(DemoResearch.CODERS.get(0)).orElseThrow().asUser();
    long[] round = new long[1];
    SystemActor.actAs(owner, () -> round[0] = rounds.create(p.id(), new RoundForm(ROUND, List.of(source), codeIds,
        DemoResearch.CODERS)).id());
    for (String coder : DemoResearch.CODERS) {
      SystemActor.actAs(accounts.find(coder).orElseThrow().asUser(), () -> {
        coded.stream().filter(g -> g.coder().equals(coder))
            .forEach(g -> rounds.code(round[0], source, g.codeId(), g.start(), g.end()));
        rounds.finish(round[0], source);
      });
    }
    SystemActor.actAs(owner, () -> {
      results.close(round[0]);
      List<String> reasons = List.of("Discussed at the team meeting: the speaker is describing exactly this.",
          "Agreed with the peer researcher: the words carry it even though the turn is about something else.",
          "On reflection the turn reports what others said; the code is for the speaker's own experience.");
      var open = results.disagreements(round[0]);
      for (int i = 0; i < Math.min(reasons.size(), open.size()); i++) {
        var d = open.get(i);
        results.decide(round[0], d.unit().segmentId(), d.codeId(), i < 2, reasons.get(i));
      }
    });
  }

}
