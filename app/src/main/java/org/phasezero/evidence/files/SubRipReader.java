package org.phasezero.evidence.files;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A small strict reader of SubRip subtitles (.srt; no formal standard, the de-facto format as SubRip
 * and most players write it): blocks separated by blank lines, each a subtitle number, a timing line
 * ({@link CueTiming}, {@code hh:mm:ss,ttt --> hh:mm:ss,ttt}) and one or more lines of text.
 *
 * <p>In the text, a line starting {@code Name:} or {@code [Name]} names the speaker ({@link
 * SpeakerLabels}); the formatting tags players understand ({@code <i>}, {@code <b>}, {@code <u>},
 * {@code <font …>}) and ASS-style overrides ({@code {\an8}}) are dropped. Rejected, with the line: a
 * block that does not start with a number, a malformed timing line, a subtitle ending before it
 * starts. Subtitles out of time order are kept in file order with a warning.
 */
final class SubRipReader {

  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
  private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\{\\\\[^}]*}");

  private SubRipReader() {}

  static ExtractedText read(String fileName, byte[] bytes, SourceFileLimits limits) {
    CaptionLines.Decoded decoded = CaptionLines.decode(fileName, bytes, limits);
    TimedTranscript transcript = new TimedTranscript(fileName, limits, "subtitles");
    for (CaptionLines.Block block : CaptionLines.blocks(decoded.lines(), 0)) {
      List<String> lines = block.lines();
      String number = lines.get(0).strip();
      if (!NUMBER.matcher(number).matches()) {
        throw invalid(fileName, block.firstLine(), number.contains("-->")
            ? "the subtitle's number is missing before its timing line"
            : "expected the number of a subtitle, found \"" + CaptionLines.shorten(number) + "\"");
      }
      if (lines.size() < 2) {
        throw invalid(fileName, block.firstLine(), "subtitle " + number + " has no timing line after its number");
      }
      int timingLine = block.lineNumber(1);
      CueTiming timing = CueTiming.subRip(lines.get(1).stripTrailing());
      if (timing == null) {
        throw invalid(fileName, timingLine, "the timing \"" + CaptionLines.shorten(lines.get(1))
            + "\" is not of the form " + CueTiming.SRT_EXAMPLE);
      }
      if (timing.isBackwards()) {
        throw invalid(fileName, timingLine, "subtitle " + number + " " + timing.describeBackwards());
      }
      transcript.cue(runs(lines.subList(2, lines.size())), timing, timingLine);
    }
    return transcript.build("srt", decoded.warnings());
  }

  private static List<SpokenRuns.Run> runs(List<String> text) {
    SpokenRuns runs = new SpokenRuns();
    for (String raw : text) {
      String line = MARKUP.matcher(raw).replaceAll("");
      runs.lineBreak();
      SpeakerLabels.Label label = SpeakerLabels.anyLabel(line, 0, line.length());
      if (label != null) {
        runs.speaker(label.speaker());
        line = line.substring(label.contentStart());
      }
      runs.append(line);
    }
    return runs.runs();
  }

  private static UnreadableSourceException invalid(String fileName, int line, String detail) {
    return new UnreadableSourceException(fileName + " is not valid SubRip (.srt): on line " + line + ", " + detail
        + ". Correct that line, or export the subtitles again.");
  }
}
