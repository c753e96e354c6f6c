package org.phasezero.shared;

import java.util.List;

/**
 * Some of a person's data was erased. Published inside the erasing transaction, so that every
 * module that keeps copies of it (the audit trail's snapshots, for one) removes them in the same
 * transaction.
 *
 * @param personId the person
 * @param identifiers their identifying values (name, pseudonym, email, phone) to remove where
 *     other records quote them; empty when only special-category data was erased
 * @param everything true for a data-protection erasure (identifying and special-category fields);
 *     false when only the special-category fields went, after consent to keep them was withdrawn
 */
public record PersonalDataErased(long personId, List<String> identifiers, boolean everything) {

  public static PersonalDataErased person(long personId, List<String> identifiers) {
    return new PersonalDataErased(personId, List.copyOf(identifiers), true);
  }

  public static PersonalDataErased specialCategory(long personId) {
    return new PersonalDataErased(personId, List.of(), false);
  }
}
