package org.phasezero.network;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A person in the network: a community member, expert by experience, carer, professional or
 * researcher. Ethnic group, religion and lived experience are special-category data: stored only
 * while the person's consent to record them stands, and every view of them is audited.
 *
 * <p>For researchers the register returns a pseudonymised copy: no contact details, and the
 * pseudonym in place of the name unless the person consented to identifiable research use.
 */
public record Person(
    long id, String displayName, String pseudonym, Set<PersonRole> roles, String preferredLanguage,
    String accessNeeds, ContactPreference contactPreference, String email, String phone,
    EthnicGroup ethnicGroup, Religion religion, String livedExperience, List<Membership> memberships,
    boolean pseudonymised, Instant createdAt, Instant updatedAt, int version, Instant voidedAt,
    String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }

  /** The same person without ethnic group, religion and lived experience (for lists, which are not audited). */
  public Person withoutSpecialCategory() {
    return new Person(id, displayName, pseudonym, roles, preferredLanguage, accessNeeds, contactPreference, email,
        phone, null, null, null, memberships, pseudonymised, createdAt, updatedAt, version, voidedAt, voidReason);
  }

  public boolean hasSpecialCategoryData() {
    return ethnicGroup != null || religion != null || (livedExperience != null && !livedExperience.isBlank());
  }

  /** The stable code shown to researchers when a person has no pseudonym. */
  public String code() {
    return "P-%06d".formatted(id);
  }

  Person pseudonymise(boolean identifiable, boolean showSpecialCategory) {
    String name = identifiable ? displayName : (pseudonym != null && !pseudonym.isBlank() ? pseudonym : code());
    return new Person(id, name, pseudonym, roles, preferredLanguage, accessNeeds, contactPreference,
        null, null, showSpecialCategory ? ethnicGroup : null, showSpecialCategory ? religion : null,
        showSpecialCategory ? livedExperience : null, memberships, !identifiable, createdAt, updatedAt,
        version, voidedAt, voidReason);
  }

  Person withMemberships(List<Membership> ms) {
    return new Person(id, displayName, pseudonym, roles, preferredLanguage, accessNeeds, contactPreference,
        email, phone, ethnicGroup, religion, livedExperience, ms, pseudonymised, createdAt, updatedAt,
        version, voidedAt, voidReason);
  }
}
