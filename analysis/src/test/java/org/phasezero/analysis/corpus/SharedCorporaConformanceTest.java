package org.phasezero.analysis.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.phasezero.analysis.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Conformance on the shared corpora (read in place from ../shared/data/corpora). Expected figures
 * come from outside PhaseZero: the NLTK Book (chapter 1), NLTK 3.8 run on the same files, or an
 * independent count in the test itself.
 */
class SharedCorporaConformanceTest {

  private static final String WORD_PUNCT = "\\w+|[^\\w\\s]+"; // NLTK's WordPunctTokenizer

  private static Corpus read(Path file, Tokenization tokenization) throws IOException {
    TextDecoding.Text text = TextDecoding.detect(Files.readAllBytes(file));
    return new CorpusBuilder(tokenization).add(file.getFileName().toString(), text.chars(), 0,
        text.length()).build();
  }

  @Test
  void mobyDickHasTheNltkBookTokenAndTypeCountsUnderWordPunctTokens() throws IOException {
    // NLTK Book ch. 1: len(text1) = 260819, len(set(text1)) = 19317 (gutenberg.words uses
    // WordPunctTokenizer, i.e. the pattern \w+|[^\w\s]+).
    Corpus moby = read(SharedData.file("corpora/gutenberg_melville-moby_dick.txt"),
        new Tokenization(WORD_PUNCT, false));
    assertThat(moby.tokenCount()).isEqualTo(260_819);
    assertThat(moby.typeCount()).isEqualTo(19_317);
  }

  @Test
  void senseAndSensibilityHasTheNltkBookCounts() throws IOException {
    // NLTK Book ch. 1: text2 has 141576 tokens and 6833 types.
    Corpus sense = read(SharedData.file("corpora/gutenberg_austen-sense.txt"),
        new Tokenization(WORD_PUNCT, false));
    assertThat(sense.tokenCount()).isEqualTo(141_576);
    assertThat(sense.typeCount()).isEqualTo(6_833);
  }

  @Test
  void defaultTokensOfMobyDickMatchNltkAndAnIndependentRegexCount() throws IOException {
    Path file = SharedData.file("corpora/gutenberg_melville-moby_dick.txt");
    Corpus moby = read(file, Tokenization.DEFAULT);
    // NLTK 3.8: RegexpTokenizer(r"[^\W_]+(?:['\u2019-][^\W_]+)*") on the file read as latin1
    // gives 213649 tokens, 20872 types, 'the' 13718, 'whale' 707, 'Whale' 230.
    assertThat(moby.tokenCount()).isEqualTo(213_649);
    assertThat(moby.typeCount()).isEqualTo(20_872);
    assertThat(moby.frequency("the")).isEqualTo(13_718);
    assertThat(moby.frequency("whale")).isEqualTo(707);
    assertThat(FrequencyList.top(moby, 1).get(0).type()).isEqualTo("the");
    // Independent count: java.util.regex over a String, tallied in a HashMap.
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = Pattern.compile(LetterDigitTokenizer.PATTERN).matcher(Files.readString(file));
    int tokens = 0;
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
      tokens++;
    }
    assertThat(moby.tokenCount()).isEqualTo(tokens);
    assertThat(moby.typeCount()).isEqualTo(counts.size());
    counts.forEach((w, f) -> assertThat(moby.frequency(w)).as(w).isEqualTo(f));
  }

  @Test
  void kwicOfWhaleFindsEveryOccurrenceIgnoringCase() throws IOException {
    // 707 "whale" + 230 "Whale" + the all-capital "WHALE" forms counted by the regex below.
    Path file = SharedData.file("corpora/gutenberg_melville-moby_dick.txt");
    Corpus moby = read(file, Tokenization.DEFAULT);
    // A whole word: not glued to letters or digits, directly or through one inner joiner.
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]['\u2019-])(?i:whale)"
        + "(?![\\p{L}\\p{M}\\p{N}]|['\u2019-][\\p{L}\\p{N}])").matcher(Files.readString(file));
    int expected = 0;
    while (m.find()) {
      expected++;
    }
    assertThat(Concordance.of(moby, "whale", 5, Concordance.Sort.LEFT, true)).hasSize(expected);
  }

  @Test
  void speechArchivesWithMixedEncodingsMatchNltk() throws IOException {
    // NLTK 3.8, RegexpTokenizer(r"[^\W_]+(?:['\u2019-][^\W_]+)*") over every .txt entry, each
    // decoded as UTF-8 or, where that fails, cp1252 with replacement (the same rule):
    //   inaugural     137878 tokens, 10162 types, freedom 178, people 581
    //   state_union   350737 tokens, 15316 types, freedom 457, people 1269
    // Python's strict UTF-8 check found 1 inaugural file (2005-Bush) and 6 State of the Union
    // files (1954-Eisenhower, 1970-1974 Nixon) that are not UTF-8.
    Corpus inaugural = zip("corpora/nltk_inaugural.zip", "inaugural/", 1);
    assertThat(inaugural.tokenCount()).isEqualTo(137_878);
    assertThat(inaugural.typeCount()).isEqualTo(10_162);
    assertThat(inaugural.frequency("freedom")).isEqualTo(178);
    assertThat(inaugural.frequency("people")).isEqualTo(581);
    Corpus union = zip("corpora/nltk_state_union.zip", "state_union/", 6);
    assertThat(union.tokenCount()).isEqualTo(350_737);
    assertThat(union.typeCount()).isEqualTo(15_316);
    assertThat(union.frequency("freedom")).isEqualTo(457);
    assertThat(union.frequency("people")).isEqualTo(1269);
  }

  /** Every .txt entry of a zip as one document; checks how many fell back to windows-1252. */
  private static Corpus zip(String relative, String prefix, int expectedFallbacks)
      throws IOException {
    CorpusBuilder builder = new CorpusBuilder(Tokenization.DEFAULT);
    int fallbacks = 0;
    try (ZipFile z = new ZipFile(SharedData.file(relative).toFile())) {
      List<String> names = z.stream().map(e -> e.getName())
          .filter(n -> n.startsWith(prefix) && n.endsWith(".txt")).sorted().toList();
      for (String name : names) {
        TextDecoding.Text text = TextDecoding.detect(z.getInputStream(z.getEntry(name))
            .readAllBytes());
        if (text.charset().equals(TextDecoding.WINDOWS_1252)) {
          fallbacks++;
        }
        builder.add(name, text.chars(), 0, text.length());
      }
    }
    assertThat(fallbacks).isEqualTo(expectedFallbacks);
    return builder.build();
  }

  @Test
  void genesisBigramPmiMatchesNltk() throws IOException {
    // NLTK 3.8: BigramCollocationFinder.from_words(WordPunctTokenizer().tokenize(text)),
    // apply_freq_filter(3), nbest(BigramAssocMeasures.pmi, 10); top score 13.842022897251372.
    // NLTK lists "ewe lambs" before "Most High": their PMI is equal in exact arithmetic, and NLTK's
    // difference of two logarithms rounds them apart; PhaseZero ranks exact ties alphabetically.
    Path zip = SharedData.file("corpora/nltk_genesis.zip");
    Corpus genesis;
    try (ZipFile z = new ZipFile(zip.toFile())) {
      byte[] bytes = z.getInputStream(z.getEntry("genesis/english-web.txt")).readAllBytes();
      TextDecoding.Text text = TextDecoding.detect(bytes);
      genesis = new CorpusBuilder(new Tokenization(WORD_PUNCT, false))
          .add("english-web.txt", text.chars(), 0, text.length()).build();
    }
    assertThat(genesis.tokenCount()).isEqualTo(44_054);
    List<BigramCollocations.Bigram> top =
        BigramCollocations.of(genesis, new MutualInformation(), 3, 10);
    assertThat(top).extracting(b -> b.first() + " " + b.second()).containsExactly(
        "Beer Lahai", "Lahai Roi", "gray hairs", "Most High", "ewe lambs", "many colors",
        "burnt offering", "Paddan Aram", "east wind", "living creature");
    assertThat(top.get(3).score()).isCloseTo(top.get(4).score(), within(1e-12));
    assertThat(top.get(0).score()).isCloseTo(13.842022897251372, within(1e-9));
  }
}
