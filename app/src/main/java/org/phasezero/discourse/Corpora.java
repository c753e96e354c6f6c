package org.phasezero.discourse;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.phasezero.analysis.corpus.Tokenization;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.SourceKind;
import org.phasezero.network.Side;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.spaces.MeetingWords;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Choice;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corpora, their sub-corpora and the project's word lists. A corpus inherits the access of the
 * project it belongs to (the evidence module's rule): the coordinator and the project's researchers
 * and peer researchers open it, no one else; statutory partners and site leads are refused. A
 * meetings corpus reads a partnership's minutes, which researchers may read with no one named
 * (the spaces module's {@code MeetingWords}).
 */
@Service
public class Corpora {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SELECT = "select c.*, r.name project_name from discourse_corpus c"
      + " join research_project r on r.id = c.project_id";

  private final JdbcClient db;
  private final ResearchProjects projects;
  private final Partnerships partnerships;
  private final MeetingWords minutes;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Corpora(JdbcClient db, ResearchProjects projects, Partnerships partnerships, MeetingWords minutes,
      ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.projects = projects;
    this.partnerships = partnerships;
    this.minutes = minutes;
    this.events = events;
    this.clock = clock;
  }

  /** Whether the current user works with corpora: the coordinator and researchers, not site leads or partners. */
  public static boolean mayUse() {
    CurrentUser u = CurrentUser.require();
    return u.isCoordinator() || u.seesPseudonymsOnly();
  }

  /** Refuses (403) those who do no research: statutory partners and site leads. */
  public static void requireResearchRole() {
    if (!mayUse()) {
      throw new Forbidden("Corpora belong to research projects: the coordinator and the projects' researchers use them.");
    }
  }

  /** The live corpora of the projects the user may open (of one, when given), by project and name. */
  public List<DiscourseCorpus> list(Long projectId) {
    requireResearchRole();
    List<Long> ids = projectId != null ? List.of(projects.get(projectId).id())
        : projects.visible().stream().map(ResearchProject::id).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return db.sql(SELECT + " where c.voided_at is null and c.project_id in (:ids) order by lower(r.name), lower(c.name)")
        .param("ids", ids).query(Corpora::map).list();
  }

  /** A corpus the user may open (404 otherwise, whether it exists or not). */
  public DiscourseCorpus get(long id) {
    requireResearchRole();
    DiscourseCorpus c = db.sql(SELECT + " where c.id = ?").param(id).query(Corpora::map).optional()
        .orElseThrow(() -> new NotFound("corpus", id));
    try {
      projects.get(c.projectId());
    } catch (NotFound e) {
      throw new NotFound("corpus", id);
    }
    return c;
  }

  public DiscourseCorpus byName(String name) {
    return list(null).stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst()
        .orElseThrow(() -> NotFound.named("corpus", name));
  }

  /** A live corpus of a live project, which may gain posts, sub-corpora and word lists. */
  public DiscourseCorpus requireWorkable(long id) {
    DiscourseCorpus c = get(id);
    if (c.voided()) {
      throw new Conflict("This corpus was voided.");
    }
    projects.requireWorkable(c.projectId());
    return c;
  }

  @Transactional
  public DiscourseCorpus create(CorpusForm f) {
    requireResearchRole();
    ResearchProject p = projects.requireWorkable(f.getProjectId());
    String pattern = Rows.blankToNull(f.getTokenPattern());
    try {
      new Tokenization(pattern, f.isIgnoreCase());
    } catch (IllegalArgumentException e) {
      throw new Conflict("tokenPattern", "The token pattern is not a valid regular expression: " + e.getMessage());
    }
    Long partnership = f.getKind() == CorpusKind.MEETINGS ? minutesOf(f.getPartnershipId()) : null;
    byte[] salt = new byte[32];
    RANDOM.nextBytes(salt);
    long id = Unique.orConflict("name", "This project already has a corpus called '" + f.getName().strip() + "'.",
        () -> Keys.insert(db.sql("""
            insert into discourse_corpus (project_id, name, name_key, kind, partnership_id, description, token_pattern,
              ignore_case, author_salt, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(p.id(), f.getName().strip(), IncomingText.key(f.getName()), f.getKind().name(), partnership,
                Rows.blankToNull(f.getDescription()), pattern, f.isIgnoreCase(), HexFormat.of().formatHex(salt),
                CurrentUser.require().username(), Timestamp.from(clock.instant()))));
    DiscourseCorpus c = get(id);
    events.publishEvent(AuditedAction.created("discourse-corpus", id, "Corpus '" + c.name() + "' made in project '"
        + p.name() + "'", c));
    return c;
  }

  /** The partnerships whose minutes a new meetings corpus may read. */
  public List<Choice> partnershipChoices() {
    requireResearchRole();
    return partnerships.all().stream().map(p -> new Choice(p.id(), p.name())).toList();
  }

  /** The name of the partnership whose minutes a meetings corpus reads; null for other kinds. */
  public String partnershipName(DiscourseCorpus c) {
    return c.partnershipId() == null ? null : partnerships.get(c.partnershipId()).name();
  }

  /** One meeting's minutes as a meetings corpus reads them: 404 for another kind of corpus or another partnership's meeting. */
  public List<MeetingWords.Text> minutes(long corpusId, long meetingId) {
    DiscourseCorpus c = get(corpusId);
    if (c.kind() != CorpusKind.MEETINGS) {
      throw new NotFound("meeting", meetingId);
    }
    return minutes.ofMeeting(c.partnershipId(), meetingId);
  }

  /** The partnership a meetings corpus is to read: required, and one the user may see. */
  private long minutesOf(Long partnershipId) {
    if (partnershipId == null) {
      throw new Conflict("partnershipId", "Choose the partnership whose meetings the corpus reads.");
    }
    if (!partnerships.isVisible(partnershipId)) {
      throw new Conflict("partnershipId", "There is no partnership " + partnershipId + " that you can see.");
    }
    return partnershipId;
  }

  @Transactional
  public DiscourseCorpus voidRecord(long id, String reason) {
    DiscourseCorpus before = requireWorkable(id);
    db.sql("update discourse_corpus set voided_at = ?, void_reason = ?, live_key = null where id = ? and voided_at is null")
        .params(Timestamp.from(clock.instant()), reason.strip(), id).update();
    DiscourseCorpus after = get(id);
    events.publishEvent(AuditedAction.voided("discourse-corpus", id, "Corpus '" + after.name() + "' voided: "
        + reason.strip(), before, after));
    return after;
  }

  /** The salt that pseudonymises a posts corpus's authors: the same author is the same pseudonym within it. */
  String authorSalt(long corpusId) {
    return db.sql("select author_salt from discourse_corpus where id = ?").param(corpusId).query(String.class).single();
  }

  // Sub-corpora

  public List<SubCorpus> subCorpora(long corpusId) {
    get(corpusId);
    return db.sql("select * from discourse_subcorpus where corpus_id = ? order by lower(name)").param(corpusId)
        .query(Corpora::subCorpus).list();
  }

  public SubCorpus subCorpus(long corpusId, long id) {
    get(corpusId);
    return db.sql("select * from discourse_subcorpus where corpus_id = ? and id = ?").params(corpusId, id)
        .query(Corpora::subCorpus).optional().orElseThrow(() -> new NotFound("sub-corpus", id));
  }

  @Transactional
  public SubCorpus addSubCorpus(long corpusId, SubCorpusForm f) {
    DiscourseCorpus c = requireWorkable(corpusId);
    if (f.getFrom() != null && f.getTo() != null && f.getTo().isBefore(f.getFrom())) {
      throw new Conflict("to", "The period must end on or after the day it starts.");
    }
    refuseWhatTheKindLacks(c.kind(), f);
    if (f.getCodeId() != null && f.getThemeId() != null) {
      throw new Conflict("themeId", "Choose a code or a theme, not both.");
    }
    long id = Unique.orConflict("name", "This corpus already has a sub-corpus called '" + f.getName().strip() + "'.",
        () -> Keys.insert(db.sql("""
            insert into discourse_subcorpus (corpus_id, name, name_key, side, code_id, theme_id, source_kind, period_from,
              period_to, forum, author, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(corpusId, f.getName().strip(), IncomingText.key(f.getName()),
                f.getSide() == null ? null : f.getSide().name(), f.getCodeId(), f.getThemeId(),
                f.getSourceKind() == null ? null : f.getSourceKind().name(), Rows.sqlDate(f.getFrom()),
                Rows.sqlDate(f.getTo()), Rows.blankToNull(f.getForum()), Rows.blankToNull(f.getAuthor()),
                CurrentUser.require().username(), Timestamp.from(clock.instant()))));
    SubCorpus s = subCorpus(corpusId, id);
    events.publishEvent(AuditedAction.created("discourse-subcorpus", id, "Sub-corpus '" + s.name() + "' of corpus '"
        + c.name() + "' defined", s));
    return s;
  }

  /** Each kind of corpus narrows by what its texts carry; anything else is refused saying what it has. */
  private static void refuseWhatTheKindLacks(CorpusKind kind, SubCorpusForm f) {
    boolean coded = f.getCodeId() != null || f.getThemeId() != null || f.getSourceKind() != null;
    boolean forum = Rows.blankToNull(f.getForum()) != null;
    boolean author = Rows.blankToNull(f.getAuthor()) != null;
    switch (kind) {
      case EVIDENCE -> {
        if (forum || author) {
          throw new Conflict("forum", "Evidence has no forums or authors; choose a side, a code, a theme, a kind of source or a period.");
        }
      }
      case POSTS -> {
        if (f.getSide() != null || coded) {
          throw new Conflict("side", "Posts have no speaker's side, code, theme or kind of source; choose a forum, an author or a period.");
        }
      }
      case MEETINGS -> {
        if (coded || author) {
          throw new Conflict("side", "Minutes have no codes, themes, kinds of source or authors; choose a side, a shared space or a period.");
        }
      }
    }
  }

  // Word lists

  public List<WordList> wordLists(long projectId) {
    requireResearchRole();
    projects.get(projectId);
    return db.sql("select * from discourse_word_list where project_id = ? order by lower(name)").param(projectId)
        .query(Corpora::wordList).list();
  }

  public WordList wordList(long id) {
    requireResearchRole();
    WordList w = db.sql("select * from discourse_word_list where id = ?").param(id).query(Corpora::wordList).optional()
        .orElseThrow(() -> new NotFound("word list", id));
    try {
      projects.get(w.projectId());
    } catch (NotFound e) {
      throw new NotFound("word list", id);
    }
    return w;
  }

  @Transactional
  public WordList addWordList(WordListForm f) {
    requireResearchRole();
    ResearchProject p = projects.requireWorkable(f.getProjectId());
    List<String> words = words(f.getWords());
    if (words.isEmpty()) {
      throw new Conflict("words", "Enter at least one word.");
    }
    long id = Unique.orConflict("name", "This project already has a word list called '" + f.getName().strip() + "'.",
        () -> Keys.insert(db.sql("""
            insert into discourse_word_list (project_id, name, name_key, words, created_by, created_at)
            values (?, ?, ?, ?, ?, ?)""").params(p.id(), f.getName().strip(), IncomingText.key(f.getName()),
            String.join("\n", words), CurrentUser.require().username(), Timestamp.from(clock.instant()))));
    WordList w = wordList(id);
    events.publishEvent(AuditedAction.created("discourse-word-list", id, "Word list '" + w.name() + "' made in project '"
        + p.name() + "'", w));
    return w;
  }

  /** The words of a list as typed: split on commas and new lines, trimmed, blanks and repeats dropped. */
  static List<String> words(String typed) {
    return Arrays.stream(typed.split("[,\\n\\r]+")).map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
  }

  static DiscourseCorpus map(ResultSet rs, int row) throws SQLException {
    return new DiscourseCorpus(rs.getLong("id"), rs.getLong("project_id"), rs.getString("project_name"),
        rs.getString("name"), CorpusKind.valueOf(rs.getString("kind")), Rows.longOrNull(rs, "partnership_id"),
        rs.getString("description"),
        rs.getString("token_pattern"), rs.getBoolean("ignore_case"), rs.getString("created_by"),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }

  static SubCorpus subCorpus(ResultSet rs, int row) throws SQLException {
    return new SubCorpus(rs.getLong("id"), rs.getLong("corpus_id"), rs.getString("name"),
        Rows.enumOrNull(rs, "side", Side.class), Rows.longOrNull(rs, "code_id"), Rows.longOrNull(rs, "theme_id"),
        Rows.enumOrNull(rs, "source_kind", SourceKind.class), Rows.date(rs, "period_from"), Rows.date(rs, "period_to"),
        rs.getString("forum"), rs.getString("author"));
  }

  static WordList wordList(ResultSet rs, int row) throws SQLException {
    return new WordList(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"),
        List.of(rs.getString("words").split("\n")));
  }
}
