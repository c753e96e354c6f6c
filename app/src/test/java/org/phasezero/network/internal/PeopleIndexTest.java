package org.phasezero.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.phasezero.network.internal.PeopleIndex.Entry;
import org.phasezero.network.internal.PeopleIndex.Fields;

/** The people index on a handful of people whose matches are known. */
class PeopleIndexTest {

  final PeopleIndex index = new PeopleIndex();

  PeopleIndexTest() {
    index.replaceAll(List.of(
        new Entry(1, "Abena Ibrahim", "Amber Heron 27", List.of("Alpha Community Group"), false),
        new Entry(2, "Abena Ibrahim", "Cedar Wren 41", List.of("Beta Faith Centre"), false),
        new Entry(3, "José Núñez-García", "Oak Finch 12", List.of("Alpha Community Group", "Gamma NHS Trust"), false),
        new Entry(4, "Zoë O'Brien", "Ivy Lark 90", List.of(), false),
        new Entry(5, "Ibrahim Abena", "River Owl 33", List.of(), true),
        new Entry(6, "Priya Kaur", null, List.of("Sikh Gurdwara"), false)));
  }

  @AfterEach
  void close() {
    index.close();
  }

  long[] find(String text) {
    return index.matching(text, Fields.NAME_PSEUDONYM_ORGANISATION, false);
  }

  @Test
  void aWholeNameAndAnyPartOfItFindTheSamePeople() {
    assertThat(find("Abena Ibrahim")).containsExactlyInAnyOrder(1, 2);
    assertThat(find("ibrahim")).containsExactlyInAnyOrder(1, 2);
    assertThat(find("Kaur")).containsExactly(6);
  }

  @Test
  void theStartOfEachWordIsEnoughButNotItsMiddle() {
    assertThat(find("ab ib")).containsExactlyInAnyOrder(1, 2);
    assertThat(find("pri")).containsExactly(6);
    assertThat(find("riya")).isEmpty();
  }

  @Test
  void caseAndAccentsAreIgnoredBothWays() {
    assertThat(find("JOSE NUNEZ")).containsExactly(3);
    assertThat(find("garcía")).containsExactly(3);
    assertThat(find("zoe")).containsExactly(4);
    assertThat(find("Zoë")).containsExactly(4);
    assertThat(find("o'brien")).containsExactly(4);
  }

  @Test
  void wordsMatchInAnyOrderAndAllMustMatch() {
    assertThat(find("ibrahim abena")).containsExactlyInAnyOrder(1, 2);
    assertThat(find("abena kaur")).isEmpty();
  }

  @Test
  void namesakesAreBothFoundAndTheirPseudonymOrOrganisationTellsThemApart() {
    assertThat(find("abena alpha")).containsExactly(1);
    assertThat(find("abena beta")).containsExactly(2);
    assertThat(find("abena cedar")).containsExactly(2);
  }

  @Test
  void researchersMatchPseudonymsOnly() {
    assertThat(index.matching("amber heron", Fields.PSEUDONYM, false)).containsExactly(1);
    assertThat(index.matching("abena", Fields.PSEUDONYM, false)).isEmpty();
  }

  @Test
  void voidedPeopleAreLeftOutUnlessAskedFor() {
    assertThat(find("river owl")).isEmpty();
    assertThat(index.matching("river owl", Fields.NAME_PSEUDONYM_ORGANISATION, true)).containsExactly(5);
    index.put(new Entry(1, "Abena Ibrahim", "Amber Heron 27", List.of("Alpha Community Group"), true));
    assertThat(find("abena ibrahim")).containsExactly(2);
  }

  @Test
  void anErasedPersonIsGoneAtOnce() {
    index.remove(3);
    assertThat(find("jose")).isEmpty();
    assertThat(index.matching("jose", Fields.NAME_PSEUDONYM_ORGANISATION, true)).isEmpty();
    assertThat(index.size()).isEqualTo(5);
  }

  @Test
  void aChangeIsFoundByTheNextSearchAndTheOldNameNoLonger() {
    index.put(new Entry(6, "Priya Sandhu", null, List.of("Sikh Gurdwara"), false));
    assertThat(find("kaur")).isEmpty();
    assertThat(find("sandhu")).containsExactly(6);
    index.put(new Entry(7, "Kwame Mensah", null, List.of(), false));
    assertThat(find("mensah")).containsExactly(7);
  }

  @Test
  void aTextWithoutWordsMatchesNoOne() {
    assertThat(find("")).isEmpty();
    assertThat(find("  -- ")).isEmpty();
    assertThat(find(null)).isEmpty();
  }

  @Test
  void aVeryLongTextCountsOnlyItsFirstWords() {
    assertThat(PeopleIndex.words("a ".repeat(10_000))).hasSize(PeopleIndex.MAX_WORDS);
  }
}
