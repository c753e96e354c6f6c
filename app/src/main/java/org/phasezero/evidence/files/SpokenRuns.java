package org.phasezero.evidence.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The words of one subtitle cue, split where the speaker changes. Caption lines are wrapped for the
 * screen, not by meaning, so a cue's lines are joined with single spaces; a cue in which two people
 * speak ({@code <v Ann>Yes</v> <v Bo>No</v>}, or one line per speaker) gives one run each.
 */
final class SpokenRuns {

  /** What one speaker (null when unknown) says in a cue. */
  record Run(String speaker, String text) {}

  private final List<Run> runs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private String speaker;

  /** From here on, {@code newSpeaker} speaks. */
  void speaker(String newSpeaker) {
    flush();
    speaker = newSpeaker;
  }

  void append(CharSequence text) {
    current.append(text);
  }

  void append(char c) {
    current.append(c);
  }

  /** A line break in the cue: a space between the words either side. */
  void lineBreak() {
    current.append(' ');
  }

  /** The runs with text, adjacent runs of one speaker merged. */
  List<Run> runs() {
    flush();
    return List.copyOf(runs);
  }

  private void flush() {
    String text = current.toString().replaceAll("\\s+", " ").strip();
    current.setLength(0);
    if (text.isEmpty()) {
      return;
    }
    if (!runs.isEmpty() && Objects.equals(runs.get(runs.size() - 1).speaker(), speaker)) {
      Run last = runs.remove(runs.size() - 1);
      runs.add(new Run(speaker, last.text() + " " + text));
    } else {
      runs.add(new Run(speaker, text));
    }
  }
}
