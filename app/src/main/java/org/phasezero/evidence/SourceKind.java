package org.phasezero.evidence;

/** What a source records, in the words of the research. Labels are in the bundle as {@code enum.SourceKind.*}. */
public enum SourceKind {
  INTERVIEW, FOCUS_GROUP, FIELD_NOTES, PLA_OUTPUT, DOCUMENT;

  /** Sources made of speaker turns, whose speakers must have consented to research use. */
  public boolean hasSpeakers() {
    return this == INTERVIEW || this == FOCUS_GROUP;
  }
}
