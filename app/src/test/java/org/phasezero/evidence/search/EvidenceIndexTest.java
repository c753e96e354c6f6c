package org.phasezero.evidence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.evidence.search.EvidenceIndex.Entry;
import org.phasezero.evidence.search.EvidenceIndex.Hit;
import org.phasezero.evidence.search.EvidenceIndex.Scope;

/**
 * The index on five known turns, with every count worked out by reading them: which turns match,
 * how many hits each has and where, in concordance order, inside the scope given.
 */
class EvidenceIndexTest {

  static final String T1 = "Interviewer: How did the forum feel?\n";
  static final String T2 = "The forum felt like mental health mattered. Mental health was the word zq12345678.\n";
  static final String T3 = "And the council?\n";
  static final String T4 = "The council listened, and mental health funding followed.\n";
  static final String T5 = "Mental-health services in Peckham: José said the forum was full.\n";

  static final List<Entry> TURNS = List.of(
      new Entry(1, 10, 1, 0, 0, "Interviewer", null, T1),
      new Entry(2, 10, 1, 1, T1.length(), "P1", 100L, T2),
      new Entry(3, 10, 1, 2, T1.length() + T2.length(), "Interviewer", null, T3),
      new Entry(4, 10, 1, 3, T1.length() + T2.length() + T3.length(), "P1", 101L, T4),
      new Entry(5, 20, 2, 0, 0, null, null, T5));

  static final Scope BOTH = new Scope(List.of(1L, 2L), null, null, null);
  static final Scope FIRST = new Scope(List.of(1L), null, null, null);

  EvidenceIndex index;

  @BeforeEach
  void build() {
    index = new EvidenceIndex(new ByteBuffersDirectory());
    index.add(TURNS);
    index.refresh();
  }

  @AfterEach
  void close() {
    index.close();
  }

  EvidenceIndex.Page search(String q, Scope scope) {
    return index.search(SearchText.parse(q), scope, 0, 20);
  }

  static List<Long> ids(EvidenceIndex.Page page) {
    return page.matches().stream().map(m -> m.entry().segmentId()).toList();
  }

  static List<String> hitWords(EvidenceIndex.Match m) {
    return m.hits().stream().map(h -> m.entry().text().substring(h.start(), h.end())).toList();
  }

  @Test
  void everyPlainWordMustBeInTheTurnAndEachOccurrenceIsAHit() {
    EvidenceIndex.Page page = search("mental health", FIRST);
    assertThat(page.total()).isEqualTo(2);
    assertThat(ids(page)).containsExactly(2L, 4L);
    assertThat(hitWords(page.matches().get(0))).containsExactly("mental", "health", "Mental", "health");
    assertThat(hitWords(page.matches().get(1))).containsExactly("mental", "health");
    assertThat(search("council forum", BOTH).total()).isZero();
    assertThat(search("council funding", BOTH).matches()).extracting(m -> m.entry().segmentId()).containsExactly(4L);
  }

  @Test
  void aQuotedPhraseMatchesItsWordsTogetherInOrderAsOneHit() {
    EvidenceIndex.Page page = search("\"mental health\"", BOTH);
    assertThat(ids(page)).containsExactly(2L, 4L, 5L);
    assertThat(hitWords(page.matches().get(0))).containsExactly("mental health", "Mental health");
    assertThat(hitWords(page.matches().get(2))).containsExactly("Mental-health");
    assertThat(search("\"health mattered\"", BOTH).total()).isEqualTo(1);
    assertThat(search("\"mattered health\"", BOTH).total()).isZero();
  }

  @Test
  void hitsCarryTheirOffsetsInTheTurn() {
    EvidenceIndex.Match jose = search("jose", BOTH).matches().get(0);
    assertThat(jose.hits()).containsExactly(new Hit(T5.indexOf("José"), T5.indexOf("José") + 4));
    EvidenceIndex.Match word = search("ZQ12345678", BOTH).matches().get(0);
    assertThat(word.hits()).containsExactly(new Hit(71, 81));
  }

  @Test
  void aWordEndingInAStarMatchesTheWordsItBeginsButNotFromOneLetter() {
    assertThat(ids(search("coun*", BOTH))).containsExactly(3L, 4L);
    assertThat(hitWords(search("fund*", BOTH).matches().get(0))).containsExactly("funding");
    assertThat(search("c*", BOTH).total()).isZero();
  }

  @Test
  void resultsComeInSourceThenTurnOrderAndPage() {
    assertThat(ids(search("forum", BOTH))).containsExactly(1L, 2L, 5L);
    EvidenceIndex.Page second = index.search(SearchText.parse("forum"), BOTH, 1, 1);
    assertThat(second.total()).isEqualTo(3);
    assertThat(ids(second)).containsExactly(2L);
  }

  @Test
  void theScopeLimitsProjectsSourcesTurnsAndSpeakers() {
    assertThat(ids(search("forum", new Scope(List.of(2L), null, null, null)))).containsExactly(5L);
    assertThat(ids(search("forum", new Scope(List.of(), null, null, null)))).isEmpty();
    assertThat(ids(search("forum", new Scope(List.of(1L, 2L), List.of(20L), null, null)))).containsExactly(5L);
    assertThat(ids(search("forum", new Scope(List.of(1L, 2L), null, List.of(2L, 3L), null)))).containsExactly(2L);
    assertThat(ids(search("mental", new Scope(List.of(1L, 2L), null, null, List.of(101L))))).containsExactly(4L);
    assertThat(ids(search("mental", new Scope(List.of(1L, 2L), null, null, List.of())))).isEmpty();
    assertThatThrownBy(() -> new Scope(null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSourceIsReplacedOrRemovedWhole() {
    index.removeSource(10);
    index.refresh();
    assertThat(ids(search("forum", BOTH))).containsExactly(5L);
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.speakerPeople()).isEmpty();
  }

  @Test
  void theLinkedSpeakersAreListed() {
    assertThat(index.speakerPeople()).containsExactly(100L, 101L);
  }

  @Test
  void aKeywordInContextLineHasSixtyCharactersEachSideWithinTheTurn() {
    EvidenceIndex.Match m = search("zq12345678", BOTH).matches().get(0);
    KeywordInContext.Line line = KeywordInContext.line(m.entry().text(), m.entry().start(), m.hits().get(0));
    assertThat(line).isEqualTo(new KeywordInContext.Line(T1.length() + 71, T1.length() + 81,
        "elt like mental health mattered. Mental health was the word ", "zq12345678", "."));
  }

  @Test
  void aPassageMarksItsHits() {
    EvidenceIndex.Match m = search("\"mental health\"", FIRST).matches().get(1);
    assertThat(KeywordInContext.passage(m.entry().text(), m.hits())).containsExactly(
        new KeywordInContext.Piece("The council listened, and ", false),
        new KeywordInContext.Piece("mental health", true),
        new KeywordInContext.Piece(" funding followed.", false));
  }

  @Test
  void aCommittedIndexKeepsItsStampAcrossARestartAndWhatWasNotCommittedIsDropped(@TempDir Path dir) throws Exception {
    try (EvidenceIndex disk = new EvidenceIndex(FSDirectory.open(dir))) {
      assertThat(disk.stamp()).isNull();
      disk.add(TURNS);
      disk.commit("evidence-1:5:5");
      disk.add(List.of(new Entry(6, 30, 1, 0, 0, null, null, "uncommitted words")));
    }
    try (EvidenceIndex reopened = new EvidenceIndex(FSDirectory.open(dir))) {
      assertThat(reopened.stamp()).isEqualTo("evidence-1:5:5");
      assertThat(reopened.size()).isEqualTo(5);
      assertThat(reopened.search(SearchText.parse("uncommitted"), BOTH, 0, 10).total()).isZero();
    }
  }

  @Test
  void theSearchTextReadsWordsPhrasesAndPrefixes() {
    assertThat(SearchText.parse("Care \"mental  health\" fund* e-mail x*").clauses()).containsExactly(
        new SearchText.Clause(List.of("care"), false),
        new SearchText.Clause(List.of("mental", "health"), false),
        new SearchText.Clause(List.of("fund"), true),
        new SearchText.Clause(List.of("e", "mail"), false),
        new SearchText.Clause(List.of("x"), false));
    assertThat(SearchText.parse("\"unclosed phrase").clauses()).containsExactly(
        new SearchText.Clause(List.of("unclosed", "phrase"), false));
    assertThat(SearchText.parse(" ... \"\" ").isEmpty()).isTrue();
    assertThat(SearchText.parse(null).isEmpty()).isTrue();
    assertThat(SearchText.parse("a b c d e f g h i j k l").clauses()).hasSize(SearchText.MAX_CLAUSES);
    assertThatThrownBy(() -> SearchText.parse("x".repeat(501))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("501");
    assertThat(Set.copyOf(SearchText.terms("José ÉCOLE"))).containsExactlyInAnyOrder("jose", "ecole");
  }
}
