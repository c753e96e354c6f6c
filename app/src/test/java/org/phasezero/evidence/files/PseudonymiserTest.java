package org.phasezero.evidence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.phasezero.evidence.files.TestFiles.segmentTexts;
import static org.phasezero.evidence.files.TestFiles.utf8;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

  @Test
  void namesAreReplacedInTheTextAndTheSpeakerLabelsAndSegmentsMoveWithThem() {
    ExtractedText transcript = SourceFiles.read("t.txt", utf8("""
        Interviewer: Tell me about Amina Yusuf.
        Amina Yusuf: amina's my name, AMINA to friends.
        Interviewer: And Aminata?
        Amina Yusuf: She's my sister, not Amina.
        """));
    Map<String, String> names = new LinkedHashMap<>();
    names.put("Amina", "P-7");
    names.put("Amina Yusuf", "P-7 (full name)");
    names.put("Jo", "P-9");

    Pseudonymised result = Pseudonymiser.apply(transcript, names);

    assertThat(segmentTexts(result.text())).containsExactly(
        "Interviewer|Interviewer: Tell me about P-7 (full name).\n",
        "P-7 (full name)|P-7 (full name): P-7's my name, P-7 to friends.\n",
        "Interviewer|Interviewer: And Aminata?\n",
        "P-7 (full name)|P-7 (full name): She's my sister, not P-7.\n");
    assertThat(result.replacements()).containsExactly(
        new Pseudonymised.Replacement("Amina", "P-7", 3),
        new Pseudonymised.Replacement("Amina Yusuf", "P-7 (full name)", 3),
        new Pseudonymised.Replacement("Jo", "P-9", 0));
    assertThat(result.text().format()).isEqualTo("txt");
  }

  @Test
  void timedSegmentsKeepTheirTimes() {
    ExtractedText captions = SourceFiles.read("a.vtt", utf8("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Zoë Ng>Hi Zoë\n"));
    Pseudonymised result = Pseudonymiser.apply(captions, Map.of("Zoë Ng", "P-1", "Zoë", "P-1"));

    assertThat(result.text().text()).isEqualTo("P-1: Hi P-1\n");
    assertThat(result.text().segments()).containsExactly(new Segment(0, 12, "P-1", 1_000L, 2_000L));
  }

  @Test
  void matchingIsUnicodeAwareAndToleratesLineBreaksAndCurlyApostrophes() {
    ExtractedText text = new ExtractedText("Łukasz met Dr O’Brien and\nMary\tAnn; Łukaszowi said (mary ann).\n",
        List.of(Segment.of(0, 63, null)), "txt", List.of());
    Map<String, String> names = new LinkedHashMap<>();
    names.put("łukasz", "P-2");
    names.put("O'Brien", "P-3");
    names.put("Mary Ann", "P-4");

    Pseudonymised result = Pseudonymiser.apply(text, names);

    assertThat(result.text().text()).isEqualTo("P-2 met Dr P-3 and\nP-4; Łukaszowi said (P-4).\n");
    assertThat(result.replacements()).extracting(Pseudonymised.Replacement::count).containsExactly(1, 1, 2);
  }

  @Test
  void aNameIsNotReplacedAcrossASegmentBoundary() {
    ExtractedText text = new ExtractedText("Mary\nAnn\n", List.of(Segment.of(0, 5, null), Segment.of(5, 9, null)),
        "txt", List.of());
    assertThat(Pseudonymiser.apply(text, Map.of("Mary Ann", "P-4")).text().text()).isEqualTo("Mary\nAnn\n");
  }

  @Test
  void badNameListsAreRefused() {
    ExtractedText text = SourceFiles.read("a.txt", utf8("x"));
    assertThatThrownBy(() -> Pseudonymiser.apply(text, Map.of(" ", "P-1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pseudonymiser.apply(text, Map.of("Amina", "")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pseudonymiser.apply(text, Map.of("Amina", "P\n1")))
        .isInstanceOf(IllegalArgumentException.class);
    Map<String, String> twice = new LinkedHashMap<>();
    twice.put("Amina", "P-1");
    twice.put("AMINA", "P-2");
    assertThatThrownBy(() -> Pseudonymiser.apply(text, twice))
        .hasMessage("'AMINA' is given two pseudonyms: 'P-1' and 'P-2'");
  }

  @Test
  void anEmptyListChangesNothing() {
    ExtractedText text = SourceFiles.read("a.txt", utf8("Amina\n"));
    Pseudonymised result = Pseudonymiser.apply(text, Map.of());
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.replacements()).isEmpty();
  }
}
