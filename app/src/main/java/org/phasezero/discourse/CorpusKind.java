package org.phasezero.discourse;

/** Where a corpus's texts come from. Labels are in the bundle as {@code enum.CorpusKind.*}. */
public enum CorpusKind {
  /** The project's own sources: turns and paragraphs, read when analysed. */
  EVIDENCE,
  /** Online posts imported from exports of forums and social media. */
  POSTS,
  /** The minutes of one partnership's meetings (agendas, decisions, actions), read when analysed. */
  MEETINGS
}
