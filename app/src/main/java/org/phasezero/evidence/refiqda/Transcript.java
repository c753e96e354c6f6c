package org.phasezero.evidence.refiqda;

import java.util.List;

/**
 * A transcript of an audio or video recording. Its text follows the same convention as a
 * {@link TextSource}'s, and its sync points tie positions in that text to times in the recording.
 */
public record Transcript(
    String guid,
    String name,
    String richTextPath,
    String plainTextPath,
    String text,
    String description,
    List<SyncPoint> syncPoints,
    List<TranscriptSelection> selections,
    List<String> noteRefs,
    Provenance provenance) implements TextDocument {

  public Transcript {
    text = NormalisedText.requireNormalised(text, guid);
    syncPoints = List.copyOf(syncPoints);
    selections = List.copyOf(selections);
    noteRefs = List.copyOf(noteRefs);
    provenance = provenance == null ? Provenance.NONE : provenance;
  }

  /**
   * A point where the transcript's text and the recording meet.
   *
   * @param timeStamp milliseconds into the recording, or null
   * @param position UTF-16 index into the transcript's normalised text, or null
   */
  public record SyncPoint(String guid, Long timeStamp, Integer position) {}
}
