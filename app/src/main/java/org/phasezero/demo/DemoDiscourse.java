package org.phasezero.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.phasezero.discourse.Corpora;
import org.phasezero.discourse.CorpusForm;
import org.phasezero.discourse.CorpusKind;
import org.phasezero.discourse.PostFormat;
import org.phasezero.discourse.PostImport;
import org.phasezero.discourse.PostImports;
import org.phasezero.discourse.StartImportForm;
import org.phasezero.discourse.SubCorpusForm;
import org.phasezero.discourse.WordListForm;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.network.Side;
import org.phasezero.partnerships.Partnerships;
import org.springframework.stereotype.Component;

/**
 * The demo's discourse: a corpus of the forum evaluation's transcripts with the community and the
 * statutory voice as sub-corpora, word lists of market and democratic language, and a small set of
 * online posts written for the demo (a carers' forum and a staff forum, authors pseudonymised on
 * import), and the forum's minutes with the side that proposed each decision or owns each action,
 * so that keyness between the voices can be tried at once. Loaded after the research.
 */
@Component
class DemoDiscourse implements DemoHistory {

  static final String TRANSCRIPTS = "Forum evaluation: transcripts";
  static final String POSTS = "Online talk about the forum";
  static final String MINUTES = "Forum minutes";

  /** Written for the demo: no real person's words. */
  static final String DEMO_POSTS = """
      {"text": "The forum is the first place where the services listened to our voice as carers.", "author": "Marcia", "date": "2025-04-03", "forum": "carers"}
      {"text": "We asked for power over the agenda and together we got it.", "author": "Delroy", "date": "2025-04-10", "forum": "carers"}
      {"text": "Trust takes time. The trust staff came back month after month and that mattered.", "author": "Marcia", "date": "2025-05-02", "forum": "carers"}
      {"text": "My son was seen quicker after we changed the referral form together.", "author": "Grace", "date": "2025-06-14", "forum": "carers"}
      {"text": "Our voice is not a tick box. Pay people for their time and they will come.", "author": "Delroy", "date": "2025-07-01", "forum": "carers"}
      {"text": "The church hall felt like ours, not like a clinic.", "author": "Grace", "date": "2025-08-20", "forum": "carers"}
      {"text": "Outcomes improved for the cohort and the efficiency of referrals went up.", "author": "Commissioning team", "date": "2025-05-20", "forum": "staff"}
      {"text": "We need to evidence value for money to the board: outcomes, activity and cost per customer.", "author": "Service lead", "date": "2025-06-03", "forum": "staff"}
      {"text": "Engagement with the target population increased; the pathway is more efficient.", "author": "Commissioning team", "date": "2025-07-15", "forum": "staff"}
      {"text": "Co-production took longer than planned but the outcomes justify the investment.", "author": "Service lead", "date": "2025-09-09", "forum": "staff"}
      {"text": "Service users gave feedback on the pathway and we measured their outcomes.", "author": "Commissioning team", "date": "2025-10-01", "forum": "staff"}
      {"text": "The forum is the first place where the services listened to our voice as carers.", "author": "Grace", "date": "2025-10-02", "forum": "carers"}
      """;

  private final Corpora corpora;
  private final PostImports imports;
  private final ResearchProjects projects;
  private final Partnerships partnerships;

  DemoDiscourse(Corpora corpora, PostImports imports, ResearchProjects projects, Partnerships partnerships) {
    this.corpora = corpora;
    this.imports = imports;
    this.projects = projects;
    this.partnerships = partnerships;
  }

  @Override
  public int order() {
    return 450;
  }

  @Override
  public void load(int scale, Random random) {
    ResearchProject project = projects.byName(DemoResearch.PROJECT);
    long transcripts = corpus(project.id(), TRANSCRIPTS, CorpusKind.EVIDENCE,
        "The evaluation's focus group and interviews as they stand, for comparing how each side talks about value.");
    sub(transcripts, "Community voice", Side.COMMUNITY, null);
    sub(transcripts, "Statutory voice", Side.STATUTORY, null);
    words(project.id(), "Market language", "customer, customers, efficiency, efficient, outcomes, value, cost,"
        + " investment, evidence, pathway, cohort, target");
    words(project.id(), "Democratic language", "voice, power, together, trust, listened, ours, we, our, rights");
    long posts = corpus(project.id(), POSTS, CorpusKind.POSTS,
        "Posts written for the demo: a carers' forum and a staff forum talking about the forum's work.");
    sub(posts, "Carers' forum", null, "carers");
    sub(posts, "Staff forum", null, "staff");
    PostImports.Staged staged = imports.stage(posts, "demo-posts.jsonl", PostFormat.JSONL,
        new ByteArrayInputStream(DEMO_POSTS.getBytes(StandardCharsets.UTF_8)));
    StartImportForm f = new StartImportForm();
    f.setFile(staged.file());
    f.setFileName("demo-posts.jsonl");
    f.setFormat(PostFormat.JSONL);
    f.setText("text");
    f.setAuthor("author");
    f.setDate("date");
    f.setForum("forum");
    f.setOnBadLine(PostImport.BadLines.SKIP);
    imports.importNow(posts, f);

    long forum = partnerships.all().stream().filter(p -> p.name().equals(DemoResearch.FORUM)).findFirst()
        .orElseThrow(() -> new IllegalStateException("demo partnership '" + DemoResearch.FORUM + "' is missing")).id();
    long minutes = corpus(project.id(), MINUTES, CorpusKind.MEETINGS, forum,
        "Two years of the forum's agendas, decisions and actions, each with the side that proposed or owns it.");
    sub(minutes, "Community side", Side.COMMUNITY, null);
    sub(minutes, "Statutory side", Side.STATUTORY, null);
  }

  private long corpus(long project, String name, CorpusKind kind, String description) {
    return corpus(project, name, kind, null, description);
  }

  private long corpus(long project, String name, CorpusKind kind, Long partnership, String description) {
    CorpusForm f = new CorpusForm();
    f.setProjectId(project);
    f.setPartnershipId(partnership);
    f.setName(name);
    f.setKind(kind);
    f.setDescription(description);
    f.setIgnoreCase(true);
    return corpora.create(f).id();
  }

  private void sub(long corpus, String name, Side side, String forum) {
    SubCorpusForm f = new SubCorpusForm();
    f.setName(name);
    f.setSide(side);
    f.setForum(forum);
    corpora.addSubCorpus(corpus, f);
  }

  private void words(long project, String name, String words) {
    WordListForm f = new WordListForm();
    f.setProjectId(project);
    f.setName(name);
    f.setWords(words);
    corpora.addWordList(f);
  }
}
