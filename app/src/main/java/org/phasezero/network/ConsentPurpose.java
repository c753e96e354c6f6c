package org.phasezero.network;

/** What a consent record covers; each purpose is given and withdrawn separately. Labels for people are in the message bundle under {@code enum.ConsentPurpose.*}. */
public enum ConsentPurpose {
  CONTACT, PAYMENTS, RESEARCH_USE, IDENTIFIABLE_RESEARCH, QUOTES_IN_REPORTS,
  SHARING_WITH_STATUTORY_PARTNERS, SPECIAL_CATEGORY_DATA;
}
