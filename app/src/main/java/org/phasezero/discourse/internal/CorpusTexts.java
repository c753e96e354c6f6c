package org.phasezero.discourse.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phasezero.discourse.CorpusKind;
import org.phasezero.discourse.DiscourseCorpus;
import org.phasezero.discourse.SubCorpus;
import org.phasezero.evidence.Passages;
import org.phasezero.evidence.themes.Themes;
import org.phasezero.network.Side;
import org.phasezero.shared.Dates;
import org.phasezero.shared.Rows;
import org.phasezero.spaces.MeetingWords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The texts of a corpus or sub-corpus, each with where it can be read: a turn on its source's page,
 * a part of the minutes on its meeting's page, or a post on its own page. Evidence and minutes are
 * read through their modules every time, so a turn or decision whose speaker or proposer has
 * withdrawn consent is never counted or quoted.
 */
@Component
public class CorpusTexts {

  /**
   * One text: {@code label} says where it is in words, {@code link} opens it; {@code postId} is the
   * post it is, in a posts corpus (null in the others), so that its words can be read again.
   */
  public record Text(String label, String link, Side side, LocalDate date, String body, Long postId) {

    /** The same text without its words, as a kept corpus remembers it. */
    public Text withoutBody() {
      return new Text(label, link, side, date, null, postId);
    }
  }


  private final Passages passages;
  private final Themes themes;
  private final MeetingWords minutes;
  private final JdbcClient db;

  CorpusTexts(Passages passages, Themes themes, MeetingWords minutes, JdbcClient db) {
    this.passages = passages;
    this.themes = themes;
    this.minutes = minutes;
    this.db = db;
  }

  /**
   * The version of a posts corpus's content: the state of its imports, each of which changes in
   * the same transaction as the posts it adds or removes. A few rows, read on every analysis.
   */
  public String postsVersion(long corpusId) {
    return String.join(";", db.sql("""
        select id || ':' || status || ':' || imported || ':' || lines_done from discourse_import
        where corpus_id = ? order by id""").param(corpusId).query(String.class).list());
  }

  public List<Text> of(DiscourseCorpus corpus, SubCorpus sub) {
    return switch (corpus.kind()) {
      case EVIDENCE -> evidence(corpus, sub);
      case MEETINGS -> minutes(corpus, sub);
      case POSTS -> posts(corpus, sub);
    };
  }

  private List<Text> minutes(DiscourseCorpus corpus, SubCorpus sub) {
    List<Text> texts = new ArrayList<>();
    for (MeetingWords.Text t : minutes.of(corpus.partnershipId())) {
      if (sub != null && ((sub.side() != null && sub.side() != t.side())
          || (sub.forum() != null && !sub.forum().equalsIgnoreCase(t.spaceName()))
          || (sub.from() != null && t.date().isBefore(sub.from())) || (sub.to() != null && t.date().isAfter(sub.to())))) {
        continue;
      }
      texts.add(new Text(t.spaceName() + ", " + t.meetingTitle() + " (" + Dates.inWords(t.date()) + "), "
          + t.part().name().toLowerCase(java.util.Locale.ROOT), "/discourse/corpora/" + corpus.id() + "/meetings/" + t.meetingId() + "#"
          + t.anchor(), t.side(), t.date(), t.text(), null));
    }
    return texts;
  }

  private List<Text> evidence(DiscourseCorpus corpus, SubCorpus sub) {
    Set<Long> codes = null;
    if (sub != null && sub.codeId() != null) {
      codes = Set.of(sub.codeId());
    } else if (sub != null && sub.themeId() != null) {
      codes = new HashSet<>(themes.codesUnder(themes.get(sub.themeId())));
    }
    Passages.Selection s = sub == null ? Passages.Selection.ALL
        : new Passages.Selection(sub.side(), codes, sub.sourceKind(), sub.from(), sub.to());
    List<Text> texts = new ArrayList<>();
    for (Passages.Passage p : passages.of(corpus.projectId(), s)) {
      texts.add(new Text(p.sourceName() + (p.speakerLabel() == null ? "" : ", " + p.speakerLabel()),
          "/research/sources/" + p.sourceId() + "?page=" + p.page() + "#turn-" + p.segmentId(), p.side(),
          p.observedOn(), p.spoken(), null));
    }
    return texts;
  }

  private List<Text> posts(DiscourseCorpus corpus, SubCorpus sub) {
    StringBuilder where = new StringBuilder(" where corpus_id = ?");
    List<Object> params = new ArrayList<>(List.of(corpus.id()));
    if (sub != null) {
      if (sub.forum() != null) {
        where.append(" and forum = ?");
        params.add(sub.forum());
      }
      if (sub.author() != null) {
        where.append(" and author = ?");
        params.add(sub.author());
      }
      if (sub.from() != null) {
        where.append(" and posted_on >= ?");
        params.add(Rows.sqlDate(sub.from()));
      }
      if (sub.to() != null) {
        where.append(" and posted_on <= ?");
        params.add(Rows.sqlDate(sub.to()));
      }
    }
    return db.sql("select id, line_no, author, posted_on, thread, forum, body from discourse_post" + where
            + " order by id").params(params)
        .query((rs, n) -> new Text(label(rs.getString("forum"), rs.getString("thread"), rs.getString("author"),
            rs.getLong("line_no")), "/discourse/corpora/" + corpus.id() + "/posts/" + rs.getLong("id"), null,
            Rows.date(rs, "posted_on"), rs.getString("body"), rs.getLong("id"))).list();
  }

  /** The words of some posts of a corpus, by id: a kept corpus's keyword-in-context lines read them again. */
  public Map<Long, String> postBodies(long corpusId, Collection<Long> ids) {
    Map<Long, String> bodies = new HashMap<>();
    List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
    for (int from = 0; from < all.size(); from += 500) {
      List<Long> batch = all.subList(from, Math.min(all.size(), from + 500));
      db.sql("select id, body from discourse_post where corpus_id = ? and id in ("
              + String.join(",", java.util.Collections.nCopies(batch.size(), "?")) + ")")
          .params(java.util.stream.Stream.concat(java.util.stream.Stream.of((Object) corpusId), batch.stream()).toList())
          .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("body"))).list()
          .forEach(e -> bodies.put(e.getKey(), e.getValue()));
    }
    return bodies;
  }

  private static String label(String forum, String thread, String author, long line) {
    List<String> parts = new ArrayList<>();
    if (forum != null) {
      parts.add(forum);
    }
    if (thread != null) {
      parts.add(thread);
    }
    if (author != null) {
      parts.add(author);
    }
    parts.add("line " + line);
    return String.join(", ", parts);
  }
}
