package org.phasezero.shared;

import java.util.List;

/**
 * A person's record was erased on a data-protection request. Published inside the erasing
 * transaction, so that every module that keeps copies of the identifying values (the audit
 * trail's snapshots, for one) removes them in the same transaction.
 *
 * @param entityType the kind of record erased, e.g. {@code person}
 * @param entityId its id
 * @param identifiers the identifying values to remove wherever they were copied (name, pseudonym,
 *     email, phone), never shorter than three characters
 */
public record PersonalDataErased(String entityType, String entityId, List<String> identifiers) {}
