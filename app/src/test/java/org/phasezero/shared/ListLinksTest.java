package org.phasezero.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListLinksTest {

  enum Status { PAID }

  final Sorting sorting = Sorting.of("c.id", "date", true, "date", "c.activity_date", "person", "p.search_key");

  ListLinks links(Sorting.Sort sort) {
    return ListLinks.of("/payments", sorting, sort, "status", Status.PAID, "personId", 42L, "spaceId", null,
        "from", LocalDate.of(2025, 1, 1), "to", LocalDate.of(2025, 3, 31), "q", "  ");
  }

  @Test
  void pageLinksCarryEveryFilterThatHasAValue() {
    assertThat(links(null).page(2))
        .isEqualTo("/payments?status=PAID&personId=42&from=2025-01-01&to=2025-03-31&page=2");
    assertThat(links(null).filters()).containsExactly(Map.entry("status", "PAID"), Map.entry("personId", "42"),
        Map.entry("from", "2025-01-01"), Map.entry("to", "2025-03-31"));
  }

  @Test
  void theFirstPageAndTheDefaultSortAreLeftOutOfTheAddress() {
    assertThat(ListLinks.of("/people", sorting, null).page(0)).isEqualTo("/people");
  }

  @Test
  void aChosenSortGoesWithEveryPageAndTheDownloads() {
    ListLinks l = links(new Sorting.Sort("person", false));
    assertThat(l.page(1)).endsWith("&sort=person&dir=asc&page=1");
    assertThat(l.export("xlsx"))
        .isEqualTo("/payments/export?status=PAID&personId=42&from=2025-01-01&to=2025-03-31&sort=person&dir=asc&format=xlsx");
    assertThat(l.exportingTo("/payments/claims/export").export("csv")).startsWith("/payments/claims/export?status=PAID");
    assertThat(l.sortChosen()).isTrue();
    assertThat(links(null).sortChosen()).isFalse();
  }

  @Test
  void sortingByTheSortedColumnTurnsItRoundAndGoesBackToTheFirstPage() {
    ListLinks l = links(new Sorting.Sort("person", false));
    assertThat(l.sortBy("person")).endsWith("&sort=person&dir=desc").doesNotContain("page=");
    assertThat(l.sortBy("date")).doesNotContain("sort=");
    assertThat(links(null).sortBy("date")).endsWith("&sort=date&dir=asc");
    assertThat(l.ariaSort("person")).isEqualTo("ascending");
    assertThat(l.ariaSort("date")).isEqualTo("none");
  }

  @Test
  void typedValuesAreEncodedSoTheyCannotAddParameters() {
    ListLinks l = ListLinks.of("/people", sorting, null, "q", "abena & ibrahim=1+2 {x}");
    assertThat(l.page(1)).isEqualTo("/people?q=abena+%26+ibrahim%3D1%2B2+%7Bx%7D&page=1");
  }

  @Test
  void theAuditDescriptionNamesFiltersAndSort() {
    assertThat(links(null).describe())
        .isEqualTo("status=PAID, personId=42, from=2025-01-01, to=2025-03-31, sort=date desc");
  }
}
