package org.phasezero.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SortingTest {

  final Sorting claims = Sorting.of("c.id", "date", true, "date", "c.activity_date", "person", "p.search_key");

  @Test
  void aKnownKeyIsMappedToItsColumnWithTheIdAsTieBreakerInTheSameDirection() {
    assertThat(claims.orderBy(claims.resolve("person", "asc")))
        .isEqualTo(" order by p.search_key asc, c.id asc");
    assertThat(claims.orderBy(claims.resolve("person", "desc")))
        .isEqualTo(" order by p.search_key desc, c.id desc");
  }

  @Test
  void withoutAKeyTheListsDefaultApplies() {
    assertThat(claims.resolve(null, null)).isEqualTo(new Sorting.Sort("date", true));
    assertThat(claims.orderBy(claims.resolve(null, null))).isEqualTo(" order by c.activity_date desc, c.id desc");
  }

  @Test
  void anUnknownKeyNeverReachesTheSql() {
    String hostile = "p.search_key; drop table person --";
    Sorting.Sort s = claims.resolve(hostile, "desc");
    assertThat(s).isEqualTo(claims.defaultSort());
    assertThat(claims.orderBy(s)).doesNotContain("drop");
    // A sort made elsewhere with a key this list does not know falls back to the default too.
    assertThat(claims.orderBy(new Sorting.Sort(hostile, false))).isEqualTo(" order by c.activity_date desc, c.id desc");
  }

  @Test
  void anUnknownDirectionTakesTheKeysUsualDirection() {
    assertThat(claims.resolve("person", "sideways")).isEqualTo(new Sorting.Sort("person", false));
    assertThat(claims.resolve("date", "sideways")).isEqualTo(new Sorting.Sort("date", true));
    assertThat(claims.resolve("date", "asc")).isEqualTo(new Sorting.Sort("date", false));
  }

  @Test
  void ariaSortNamesTheSortedColumnOnly() {
    Sorting.Sort s = new Sorting.Sort("person", true);
    assertThat(s.ariaSort("person")).isEqualTo("descending");
    assertThat(s.ariaSort("date")).isEqualTo("none");
    assertThat(new Sorting.Sort("date", false).ariaSort("date")).isEqualTo("ascending");
  }

  @Test
  void theDefaultMustBeOneOfTheKeys() {
    assertThatThrownBy(() -> Sorting.of("id", "name", false, "date", "d")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sorting.of("id", "name", false, "name")).isInstanceOf(IllegalArgumentException.class);
  }
}
