package org.phasezero.evidence.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SegmentPropertiesTest {

  @Provide
  Arbitrary<String> textFiles() {
    Arbitrary<String> line = Arbitraries.of("Interviewer: How was it?", "P1: Fine.", "Amina Yusuf:", "Note: later",
        "  continued here", "", " ", "\t", "[id1] hello", "[laughter]", "10:30 tea", "plain prose line", "12",
        "Zoë: ça va", "Ωmega text", "emoji \uD83D\uDE00 here", "\u00A0");
    Arbitrary<String> lineBreak = Arbitraries.of("\n", "\r\n", "\r", "\n\n");
    return Combinators.combine(line, lineBreak).as((l, b) -> l + b).list().ofMinSize(1).ofMaxSize(40)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 500)
  void segmentsOfAnyTextFileAreContiguousAndCoverItsNormalisedText(@ForAll("textFiles") String file) {
    ExtractedText read = SourceFiles.read("any.txt", file.getBytes(StandardCharsets.UTF_8));

    assertCovers(read);
    assertThat(read.text()).doesNotContain("\r");
    assertThat(read.text().replace("\n", "")).isEqualTo(file.replace("\r", "").replace("\n", ""));
  }

  @Property(tries = 300)
  void anyStringIsEitherRejectedOrSegmentedContiguously(@ForAll String anything) {
    try {
      assertCovers(SourceFiles.read("any.txt", anything.getBytes(StandardCharsets.UTF_8)));
    } catch (UnreadableSourceException rejected) {
      assertThat(rejected.getMessage()).startsWith("any.txt");
    }
  }

  @Provide
  Arbitrary<String> captions() {
    Arbitrary<String> payload = Arbitraries.of("<v Ann>Yes</v>", "<v.loud Bo>No &amp; yes", "Ann: hi", "plain words",
        "<i>tagged</i> text", "<v Ann>a</v> <v Bo>b</v>", "", "&lt;3");
    return payload.list().ofMinSize(1).ofMaxSize(3).list().ofMaxSize(12).map(cues -> {
      StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
      for (int i = 0; i < cues.size(); i++) {
        vtt.append(String.format("00:%02d.000 --> 00:%02d.500\n", i, i));
        cues.get(i).forEach(line -> vtt.append(line.isEmpty() ? "x" : line).append('\n'));
        vtt.append('\n');
      }
      return vtt.toString();
    });
  }

  @Property(tries = 300)
  void captionSegmentsAreContiguousTimedAndInOrder(@ForAll("captions") String vtt) {
    ExtractedText read = SourceFiles.read("any.vtt", vtt.getBytes(StandardCharsets.UTF_8));

    assertCovers(read);
    long previous = 0;
    for (Segment segment : read.segments()) {
      assertThat(segment.startMillis()).isGreaterThanOrEqualTo(previous);
      assertThat(segment.endMillis()).isEqualTo(segment.startMillis() + 500);
      assertThat(segment.in(read.text())).endsWith("\n")
          .startsWith(segment.speakerLabel() == null ? "" : segment.speakerLabel() + ": ");
      previous = segment.startMillis();
    }
  }

  private static final List<String> NAMES = List.of("Amina", "Amina Yusuf", "Jo", "Łukasz", "O'Brien", "Mary Ann");

  @Provide
  Arbitrary<String> textsWithNames() {
    Arbitrary<String> word = Arbitraries.of("Amina", "amina's", "AMINA", "Amina Yusuf", "Amina\nYusuf", "Aminata",
        "Jo", "Jo.", "Joanne", "jo's", "Łukasz", "ŁUKASZ", "Łukaszowi", "O'Brien", "O’Brien", "Mary Ann", "Mary  Ann",
        "the", "and", "said", ",", "Interviewer:", "P1:", "\n", "\n\n", "(Jo)", "_Jo", "Jo2");
    return word.list().ofMinSize(1).ofMaxSize(60).map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<Map<String, String>> nameLists() {
    return Arbitraries.subsetOf(NAMES).map(chosen -> {
      Map<String, String> names = new LinkedHashMap<>();
      int i = 0;
      for (String name : chosen) {
        names.put(name, "P-" + (++i));
      }
      return names;
    });
  }

  @Property(tries = 500)
  void pseudonymisingKeepsSegmentsContiguousAndLeavesNoNameAsAWholeWord(@ForAll("textsWithNames") String text,
      @ForAll("nameLists") Map<String, String> names) {
    ExtractedText read = SourceFiles.read("t.txt", text.getBytes(StandardCharsets.UTF_8));
    Pseudonymised result = Pseudonymiser.apply(read, names);

    assertCovers(result.text());
    assertThat(result.text().segments()).hasSameSizeAs(read.segments());
    for (String name : names.keySet()) {
      Pattern wholeWord = wholeWord(name);
      for (Segment segment : result.text().segments()) {
        assertThat(wholeWord.matcher(segment.in(result.text().text())).find())
            .as("'%s' in %s", name, segment).isFalse();
        if (segment.speakerLabel() != null) {
          assertThat(wholeWord.matcher(segment.speakerLabel()).find()).isFalse();
        }
      }
    }
  }

  /** The pseudonym is written as given, so only the case and spacing inside names may change. */
  @Property(tries = 200)
  void replacingNamesWithThemselvesChangesOnlyTheirCaseAndSpacing(@ForAll("textsWithNames") String text,
      @ForAll("nameLists") Map<String, String> names) {
    ExtractedText read = SourceFiles.read("t.txt", text.getBytes(StandardCharsets.UTF_8));
    Map<String, String> same = new LinkedHashMap<>();
    names.keySet().forEach(name -> same.put(name, name));

    Pseudonymised result = Pseudonymiser.apply(read, same);

    assertThat(NameMatcher.key(result.text().text())).isEqualTo(NameMatcher.key(read.text()));
    assertCovers(result.text());
  }

  @Property(tries = 200)
  void eachNameAloneIsReplacedAsOftenAsItOccursAsAWholeWord(@ForAll("textsWithNames") String text) {
    ExtractedText read = SourceFiles.read("t.txt", text.getBytes(StandardCharsets.UTF_8));
    for (String name : List.of("Jo", "Łukasz", "O'Brien")) {
      long expected = read.segments().stream()
          .mapToLong(s -> wholeWord(name).matcher(s.in(read.text())).results().count()).sum();
      assertThat(Pseudonymiser.apply(read, Map.of(name, "P-1")).replacements().get(0).count())
          .isEqualTo((int) expected);
    }
  }

  /** The name as a whole word, case-insensitively, any white space between its words: an independent oracle. */
  private static Pattern wholeWord(String name) {
    List<String> parts = new ArrayList<>();
    for (String word : name.split(" ")) {
      parts.add(Pattern.quote(word).replace("'", "\\E['’]\\Q"));
    }
    return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}_])" + String.join("\\s+", parts) + "(?![\\p{L}\\p{M}\\p{N}_])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static void assertCovers(ExtractedText text) {
    int at = 0;
    for (Segment segment : text.segments()) {
      assertThat(segment.start()).isEqualTo(at);
      assertThat(segment.end()).isGreaterThan(segment.start());
      at = segment.end();
    }
    assertThat(at).isEqualTo(text.text().length());
    assertThat(text.segments().isEmpty()).isEqualTo(text.text().isEmpty());
  }
}
