package org.phasezero.evidence.refiqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of position conversion, on texts built from pieces that trip producers up: CR LF,
 * lone CR, LF, emoji beyond U+FFFF, accented letters and XML's special characters.
 */
class TextPositionsProperties {

  private static final List<String> PIECES =
      List.of("a", "é", " ", "\n", "\r\n", "\rx", "\uD83D\uDE00", "<", "&", "ß");

  /** A text as a list of pieces, whether it starts with a BOM, and a span [from, to) of pieces. */
  record Case(List<String> pieces, boolean bom, int from, int to) {
    String raw() {
      return (bom ? "\uFEFF" : "") + String.join("", pieces);
    }

    String selected() {
      return NormalisedText.of(String.join("", pieces.subList(from, to)));
    }

    /** The index in the normalised text where piece {@code index} starts. */
    int modelIndex(int index) {
      return NormalisedText.of(String.join("", pieces.subList(0, index))).length();
    }

    /** The producer's position of piece {@code index}, counted piece by piece. */
    long producerPosition(int index, PositionConvention c) {
      long p = bom && c.byteOrderMarkCounted() ? 1 : 0;
      for (String piece : pieces.subList(0, index)) {
        p += switch (piece) {
          case "\r\n" -> c.crLfCountsTwo() ? 2 : 1;
          case "\uD83D\uDE00" -> c.unit() == PositionConvention.Unit.UTF16_UNITS ? 2 : 1;
          default -> piece.length();
        };
      }
      return p;
    }
  }

  @Provide
  Arbitrary<Case> texts() {
    Arbitrary<List<String>> pieces = Arbitraries.of(PIECES).list().ofMaxSize(40);
    return Combinators.combine(pieces, Arbitraries.of(true, false), Arbitraries.integers()
        .between(0, 1000), Arbitraries.integers().between(0, 1000))
        .as((list, bom, a, b) -> {
          int from = Math.min(a, b) % (list.size() + 1);
          int to = from + Math.abs(a - b) % (list.size() - from + 1);
          return new Case(list, bom, from, to);
        });
  }

  @Provide
  Arbitrary<PositionConvention> conventions() {
    return Combinators.combine(Arbitraries.of(PositionConvention.Unit.class),
        Arbitraries.of(true, false), Arbitraries.of(true, false)).as(PositionConvention::new);
  }

  @Property
  void aProducersSpanSelectsTheSameTextInTheModel(@ForAll("texts") Case text,
      @ForAll("conventions") PositionConvention convention) {
    TextPositions positions = TextPositions.of(text.raw(), convention);
    String model = NormalisedText.of(text.raw());

    int start = positions.toModel(text.producerPosition(text.from(), convention));
    int end = positions.toModel(text.producerPosition(text.to(), convention));

    assertThat(model.substring(start, end)).isEqualTo(text.selected());
  }

  @Property
  void standardPositionsReadBackToTheSameIndex(@ForAll("texts") Case text) {
    String model = NormalisedText.of(text.raw());
    TextPositions.StandardPositions standard = TextPositions.standard(model);
    TextPositions back = TextPositions.of(model, PositionConvention.STANDARD);

    for (int i = 0; i <= model.length(); i++) {
      boolean insidePair = i > 0 && i < model.length()
          && Character.isLowSurrogate(model.charAt(i));
      if (!insidePair) {
        assertThat(back.toModel(standard.toStandard(i))).isEqualTo(i);
      }
    }
    // Beyond the end, the distance beyond it is kept both ways.
    assertThat(back.toModel(standard.toStandard(model.length() + 5))).isEqualTo(model.length() + 5);
  }

  /** Written by us, a project reads back equal even where its origin says NVivo. */
  @Property(tries = 200)
  void aSelectedTextSurvivesWritingAndReading(@ForAll("texts") Case text) {
    String model = NormalisedText.of(text.raw());
    int start = text.modelIndex(text.from());
    int end = text.modelIndex(text.to());
    TextSource source = new TextSource("68bbdc14-c361-4432-b4dd-ae1dbfc12890", "t", null, null,
        "internal://t.txt", model, List.of(new PlainTextSelection(
            "7154a758-6873-4134-badd-ae1dc04d3086", null, null, start, end, List.of(), List.of(),
            Provenance.NONE)),
        List.of(), List.of(), List.of(), Provenance.NONE);
    QdaProject project = new QdaProject("p", "NVivo for Windows 12.6", null, null, List.of(),
        null, List.of(), List.of(), List.of(source), List.of(), List.of(), List.of(), List.of(),
        null, List.of(), List.of());

    QdaProject read = new QdpxReader().read(new QdpxWriter().write(project)).project();

    assertThat(read).isEqualTo(project);
    assertThat(source.selections().get(0).textIn(model)).isEqualTo(text.selected());
  }
}
