package org.phasezero.evidence.files;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A small strict reader of WebVTT captions (W3C WebVTT, 2019 Candidate Recommendation, §4): the
 * {@code WEBVTT} header line (text after a space or tab allowed) and any header lines up to the first
 * blank line; then blocks separated by blank lines. {@code NOTE}, {@code STYLE} and {@code REGION}
 * blocks are skipped. A cue is an optional identifier line, a timing line ({@link CueTiming}) and its
 * payload lines ({@link WebVttCueText}).
 *
 * <p>Strict where browsers are lenient, because a transcript with a cue silently dropped or mistimed
 * would be analysed as if complete: a missing header, a block that is not a cue, a malformed timing
 * line, a cue ending before it starts, and {@code -->} inside a cue's text (a missing blank line) are
 * rejected with the line number. Cues out of time order are kept in file order with a warning.
 */
final class WebVttReader {

  private static final Pattern HEADER = Pattern.compile("WEBVTT(?:[ \\t].*)?");
  private static final Pattern SKIPPED_BLOCK = Pattern.compile("(?:NOTE|STYLE|REGION)(?:[ \\t].*)?");

  private WebVttReader() {}

  static ExtractedText read(String fileName, byte[] bytes, SourceFileLimits limits) {
    CaptionLines.Decoded decoded = CaptionLines.decode(fileName, bytes, limits);
    List<String> lines = decoded.lines();
    if (!HEADER.matcher(lines.get(0)).matches()) {
      throw invalid(fileName, 1, "a WebVTT file must start with the line WEBVTT, and this one starts with \""
          + CaptionLines.shorten(lines.get(0)) + "\"");
    }
    int afterHeader = 1;
    while (afterHeader < lines.size() && !lines.get(afterHeader).isBlank()) {
      if (lines.get(afterHeader).contains("-->")) {
        throw invalid(fileName, afterHeader + 1, "a blank line must separate the WEBVTT header from the first cue");
      }
      afterHeader++;
    }
    TimedTranscript transcript = new TimedTranscript(fileName, limits, "cues");
    for (CaptionLines.Block block : CaptionLines.blocks(lines, afterHeader)) {
      List<String> blockLines = block.lines();
      if (SKIPPED_BLOCK.matcher(blockLines.get(0)).matches()) {
        continue;
      }
      int timingAt = blockLines.get(0).contains("-->") ? 0
          : blockLines.size() > 1 && blockLines.get(1).contains("-->") ? 1 : -1;
      if (timingAt < 0) {
        throw invalid(fileName, block.firstLine(), "expected a cue timing line such as " + CueTiming.VTT_EXAMPLE
            + ", found \"" + CaptionLines.shorten(blockLines.get(0)) + "\"");
      }
      int timingLine = block.lineNumber(timingAt);
      CueTiming timing = CueTiming.webVtt(blockLines.get(timingAt));
      if (timing == null) {
        throw invalid(fileName, timingLine, "the cue timing \"" + CaptionLines.shorten(blockLines.get(timingAt))
            + "\" is not of the form " + CueTiming.VTT_EXAMPLE);
      }
      if (timing.isBackwards()) {
        throw invalid(fileName, timingLine, "the cue " + timing.describeBackwards());
      }
      List<String> payload = blockLines.subList(timingAt + 1, blockLines.size());
      for (int i = 0; i < payload.size(); i++) {
        if (payload.get(i).contains("-->")) {
          throw invalid(fileName, block.lineNumber(timingAt + 1 + i),
              "\"-->\" appears inside a cue's text; is a blank line missing before this cue?");
        }
      }
      transcript.cue(WebVttCueText.runs(payload), timing, timingLine);
    }
    return transcript.build("vtt", decoded.warnings());
  }

  private static UnreadableSourceException invalid(String fileName, int line, String detail) {
    return new UnreadableSourceException(fileName + " is not valid WebVTT: on line " + line + ", " + detail
        + ". Correct that line, or export the captions again.");
  }
}
