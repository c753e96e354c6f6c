package org.phasezero.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Before and after read as the fields that changed, worked out by hand. */
class AuditChangesTest {

  private final AuditChanges changes = new AuditChanges(JsonMapper.builder().build());

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
        new AuditChanges.Change("Active", "", "true"));
  }

  @Test
  void aSnapshotCutAtTheSizeLimitIsShownWholeAndAViewHasNoChanges() {
    assertThat(changes.of(row(null, "{\"name\":\"cut her"))).containsExactly(
        new AuditChanges.Change("Record", "", "{\"name\":\"cut her"));
    assertThat(changes.of(row(null, null))).isEmpty();
  }
}
