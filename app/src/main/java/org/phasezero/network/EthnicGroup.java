package org.phasezero.network;

/** Ethnic group, in the 19 categories of the ONS 2021 Census for England and Wales (special-category data). Labels for people are in the message bundle under {@code enum.EthnicGroup.*}. */
public enum EthnicGroup {
  ASIAN_BANGLADESHI, ASIAN_CHINESE, ASIAN_INDIAN, ASIAN_PAKISTANI, ASIAN_OTHER,
  BLACK_AFRICAN, BLACK_CARIBBEAN, BLACK_OTHER,
  MIXED_WHITE_AND_ASIAN, MIXED_WHITE_AND_BLACK_AFRICAN, MIXED_WHITE_AND_BLACK_CARIBBEAN, MIXED_OTHER,
  WHITE_BRITISH, WHITE_IRISH, WHITE_GYPSY_OR_IRISH_TRAVELLER, WHITE_ROMA, WHITE_OTHER,
  OTHER_ARAB, OTHER_ANY,
  PREFER_NOT_TO_SAY;
}
