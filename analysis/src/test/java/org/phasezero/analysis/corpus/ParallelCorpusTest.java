package org.phasezero.analysis.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.phasezero.analysis.testing.SharedData;

class ParallelCorpusTest {

  /** Everything a corpus is: types in id order, the token stream, frequencies and documents. */
  private static void assertSameCorpus(Corpus actual, Corpus expected) {
    assertThat(actual.typeCount()).isEqualTo(expected.typeCount());
    for (int t = 0; t < expected.typeCount(); t++) {
      assertThat(actual.types().type(t)).isEqualTo(expected.types().type(t));
      assertThat(actual.frequency(t)).isEqualTo(expected.frequency(t));
    }
    assertThat(actual.tokenCount()).isEqualTo(expected.tokenCount());
    for (int i = 0; i < expected.tokenCount(); i++) {
      assertThat(actual.tokenAt(i)).as("token %d", i).isEqualTo(expected.tokenAt(i));
    }
    assertThat(actual.documentCount()).isEqualTo(expected.documentCount());
    for (int d = 0; d < expected.documentCount(); d++) {
      assertThat(actual.documentName(d)).isEqualTo(expected.documentName(d));
      assertThat(actual.documentStart(d)).isEqualTo(expected.documentStart(d));
      assertThat(actual.documentEnd(d)).isEqualTo(expected.documentEnd(d));
    }
  }

  private static Corpus sequential(Tokenization tokenization, List<String> texts) {
    CorpusBuilder b = new CorpusBuilder(tokenization);
    for (int d = 0; d < texts.size(); d++) {
      b.add("doc" + d, texts.get(d));
    }
    return b.build();
  }

  private static Corpus parallel(Tokenization tokenization, List<String> texts, int threads) throws IOException {
    List<Integer> ids = new ArrayList<>();
    for (int d = 0; d < texts.size(); d++) {
      ids.add(d);
    }
    return ParallelCorpus.build(tokenization, ids, d -> texts.get(d).length(), threads,
        (b, d) -> b.add("doc" + d, texts.get(d)));
  }

  @Property(tries = 80)
  void equalsOneBuilder(@ForAll @Size(max = 9) List<@StringLength(max = 60) String> texts,
      @ForAll @IntRange(min = 1, max = 5) int threads, @ForAll boolean ignoreCase) throws IOException {
    Tokenization tokenization = new Tokenization(null, ignoreCase);
    assertSameCorpus(parallel(tokenization, texts, threads), sequential(tokenization, texts));
  }

  /** Real books on two and three threads: a later part's types interleave with the first's. */
  @Test
  void booksBuiltOnSeveralThreadsAreTheSameCorpus() throws IOException {
    List<String> books = new ArrayList<>();
    for (String name : List.of("gutenberg_melville-moby_dick.txt", "gutenberg_austen-sense.txt")) {
      books.add(Files.readString(SharedData.file("corpora/" + name)));
    }
    books.add(books.get(0).substring(0, 5000));
    Corpus expected = sequential(Tokenization.DEFAULT, books);
    assertSameCorpus(parallel(Tokenization.DEFAULT, books, 2), expected);
    assertSameCorpus(parallel(Tokenization.DEFAULT, books, 3), expected);
    assertThat(expected.tokenCount()).isGreaterThan(300_000);
  }

  @Test
  void runsAreConsecutiveAndBalancedByWeight() {
    List<Integer> sizes = List.of(10, 10, 10, 10, 60, 1, 1);
    List<List<Integer>> runs = ParallelCorpus.runs(sizes, Integer::longValue, 2);
    assertThat(runs).containsExactly(List.of(10, 10, 10, 10, 60), List.of(1, 1));
    assertThat(ParallelCorpus.runs(List.of(5, 5, 5, 5), Integer::longValue, 2))
        .containsExactly(List.of(5, 5), List.of(5, 5));
    assertThat(ParallelCorpus.runs(List.of(1), Integer::longValue, 4)).containsExactly(List.of(1));
    assertThat(ParallelCorpus.runs(List.<Integer>of(), Integer::longValue, 4)).isEmpty();
  }

  @Test
  void aReaderFailureIsRethrownAsItWas(@org.junit.jupiter.api.io.TempDir Path dir) {
    List<Integer> docs = List.of(1, 2, 3, 4);
    assertThatThrownBy(() -> ParallelCorpus.build(Tokenization.DEFAULT, docs, d -> 1, 2, (b, d) -> {
      if (d == 3) {
        throw new java.nio.file.NoSuchFileException(dir.resolve("three.txt").toString());
      }
      b.add(String.valueOf(d), "text " + d);
    })).isInstanceOf(java.nio.file.NoSuchFileException.class).hasMessageContaining("three.txt");
    assertThatThrownBy(() -> ParallelCorpus.build(Tokenization.DEFAULT, docs, d -> 1, 2, (b, d) -> {
      throw new IllegalArgumentException("bad document " + d);
    })).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bad document 1");
  }

  @Test
  void partsMustShareATokenisation() {
    CorpusBuilder a = new CorpusBuilder(Tokenization.DEFAULT).add("a", "one");
    CorpusBuilder b = new CorpusBuilder(new Tokenization(null, true)).add("b", "Two");
    assertThatThrownBy(() -> CorpusBuilder.join(List.of(a, b))).hasMessageContaining("one tokenisation");
  }
}
