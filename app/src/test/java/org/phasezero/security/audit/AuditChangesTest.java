package org.phasezero.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Before and after read as the fields that changed, worked out by hand. */
class AuditChangesTest {

  private final AuditChanges changes = new AuditChanges(JsonMapper.builder().build(),
      new CodeLabels("messages,messages-partnerships,messages-spaces,messages-payments,messages-evidence,messages-themes,messages-rounds,messages-checks"));

  static AuditRecord row(String before, String after) {
    return new AuditRecord(1, Instant.EPOCH, "amara", "UPDATE", "organisation", "7", "changed", before, after);
  }

  @Test
  void anUpdateListsOnlyTheFieldsThatChangedInWords() {
    var list = changes.of(row(
        "{\"name\":\"Elders Tea Club\",\"languages\":\"Tamil, English\",\"version\":3,\"updatedAt\":\"x\",\"voidReason\":null}",
        "{\"name\":\"Elders Tea Club\",\"languages\":\"Tamil\",\"version\":4,\"updatedAt\":\"y\",\"voidReason\":\"closed\"}"));
    assertThat(list).containsExactly(
        new AuditChanges.Change("Languages", "Tamil, English", "Tamil"),
        new AuditChanges.Change("Void reason", "", "closed"));
  }

  @Test
  void aNewRecordShowsItsFilledInFieldsAndNamesForRecordsAndLists() {
    var list = changes.of(row(null,
        "{\"name\":\"Forum\",\"chairName\":null,\"members\":[{\"id\":1,\"name\":\"Ada\"},{\"id\":2,\"name\":\"Sam\"}],"
            + "\"partnership\":{\"id\":3,\"name\":\"Tamil talking therapies\"},\"active\":true}"));
    assertThat(list).containsExactly(
        new AuditChanges.Change("Name", "", "Forum"),
        new AuditChanges.Change("Members", "", "Ada, Sam"),
        new AuditChanges.Change("Partnership", "", "Tamil talking therapies"),
        new AuditChanges.Change("Active", "", "Yes"));
  }

  /** What the review of the demo found in the trail: codes, record numbers, ISO times, money as bare numbers. */
  @Test
  void codesDatesMoneyAndRecordNumbersReadAsThePagesWriteThem() {
    var list = changes.of(row(
        "{\"id\":392,\"personId\":304,\"personName\":\"Abena Ibrahim\",\"status\":\"SUBMITTED\",\"activity\":\"MEETING\","
            + "\"unit\":\"HOUR\",\"total\":54.8,\"approvedAt\":null,\"paidOn\":null,\"paymentMethod\":null,"
            + "\"expenses\":[{\"id\":160,\"category\":\"TRAVEL\",\"amount\":4.8,\"description\":\"Bus fare\"}]}",
        "{\"id\":392,\"personId\":304,\"personName\":\"Abena Ibrahim\",\"status\":\"PAID\",\"activity\":\"MEETING\","
            + "\"unit\":\"HOUR\",\"total\":54.8,\"approvedAt\":\"2026-12-01T07:30:47.276261Z\",\"paidOn\":\"2026-11-18\","
            + "\"paymentMethod\":\"BANK_TRANSFER\",\"expenses\":[]}"));
    assertThat(list).containsExactly(
        new AuditChanges.Change("Status", "Submitted", "Paid"),
        new AuditChanges.Change("Approved at", "", "1 Dec 2026 07:30"),
        new AuditChanges.Change("Paid on", "", "18 Nov 2026"),
        new AuditChanges.Change("Payment method", "", "Bank transfer"),
        new AuditChanges.Change("Expenses", "Travel £4.80 Bus fare", ""));
    assertThat(changes.of(row(null, "{\"id\":3,\"total\":-394,\"activity\":\"MEETING\",\"unit\":\"HOUR\"}")))
        .containsExactly(new AuditChanges.Change("Total", "", "\u2212£394.00"),
            new AuditChanges.Change("Activity", "", "Meeting"), new AuditChanges.Change("Unit", "", "Hour"));
  }

  @Test
  void datesInASummaryAreShownInWords() {
    assertThat(changes.summary("Payment statement of Abena Ibrahim from 2025-12-02 to 2026-12-01 produced (CSV)"))
        .isEqualTo("Payment statement of Abena Ibrahim from 2 Dec 2025 to 1 Dec 2026 produced (CSV)");
    assertThat(changes.summary("Reference PZ-2025-04-011 kept")).isEqualTo("Reference PZ-2025-04-011 kept");
  }

  @Test
  void aSnapshotCutAtTheSizeLimitIsShownWholeAndAViewHasNoChanges() {
    assertThat(changes.of(row(null, "{\"name\":\"cut her"))).containsExactly(
        new AuditChanges.Change("Record", "", "{\"name\":\"cut her"));
    assertThat(changes.of(row(null, null))).isEmpty();
  }
}
