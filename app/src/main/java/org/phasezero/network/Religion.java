package org.phasezero.network;

/** Religion, in the categories of the 2021 Census question (special-category data). Labels for people are in the message bundle under {@code enum.Religion.*}. */
public enum Religion {
  NO_RELIGION, CHRISTIAN, BUDDHIST, HINDU, JEWISH, MUSLIM, SIKH, OTHER, PREFER_NOT_TO_SAY;
}
