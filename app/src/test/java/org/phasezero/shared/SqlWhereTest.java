package org.phasezero.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlWhereTest {

  @Test
  void everyWordTypedMustMatchInAnyOrder() {
    SqlWhere w = new SqlWhere().contains("p.search_key", "  Abena   IBRAHIM ");
    assertThat(w.sql()).isEqualTo(" where 1 = 1 and p.search_key like ? and p.search_key like ?");
    assertThat(w.params()).containsExactly("%abena%", "%ibrahim%");
  }

  @Test
  void wildcardsTypedAreMatchedLiterallyAndRepeatsCountOnce() {
    SqlWhere w = new SqlWhere().contains("k", "50% 50% a_b");
    assertThat(w.params()).containsExactly("%50\\%%", "%a\\_b%");
  }

  @Test
  void blankTextAddsNoCondition() {
    assertThat(new SqlWhere().contains("k", "  ").sql()).isEqualTo(" where 1 = 1");
    assertThat(new SqlWhere().contains("k", null).params()).isEmpty();
  }

  @Test
  void aLongSearchIsCutToItsFirstWords() {
    assertThat(SqlWhere.words("a b c d e f g h i j")).hasSize(SqlWhere.MAX_WORDS);
  }

  @Test
  void eachWordMayMatchAnyOfSeveralColumns() {
    SqlWhere w = new SqlWhere().containsInAny("ali khan", "lower(a)", "lower(b)");
    assertThat(w.conditions()).isEqualTo(" and (lower(a) like ? or lower(b) like ?) and (lower(a) like ? or lower(b) like ?)");
    assertThat(w.params()).isEqualTo(List.of("%ali%", "%ali%", "%khan%", "%khan%"));
  }
}
