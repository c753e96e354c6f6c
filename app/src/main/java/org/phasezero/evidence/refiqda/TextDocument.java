package org.phasezero.evidence.refiqda;

/**
 * An element whose content is a plain text: a {@link TextSource} (which is also the shape of a
 * note and of the text beside a picture or PDF) or a {@link Transcript}.
 */
public interface TextDocument {

  String guid();

  /** The rich-text original, e.g. {@code internal://<guid>.docx}, or null. */
  String richTextPath();

  /** Where the plain text is kept, e.g. {@code internal://<guid>.txt}; null when it is inline. */
  String plainTextPath();

  /**
   * The text in {@link NormalisedText normalised} form, or null when it could not be read (a
   * missing or external file); positions inside it are UTF-16 indices.
   */
  String text();
}
