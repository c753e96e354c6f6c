package org.phasezero.evidence;

/**
 * The form a source takes, as REFI-QDA names them: text (coded by character ranges), PDF, picture
 * (coded by regions), audio and video (kept as imported, with their transcripts, not yet playable).
 */
public enum SourceMedia {
  TEXT, PDF, PICTURE, AUDIO, VIDEO
}
