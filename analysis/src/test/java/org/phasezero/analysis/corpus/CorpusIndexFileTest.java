package org.phasezero.analysis.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexFileTest {

  @TempDir
  Path dir;

  private final Corpus corpus = new CorpusBuilder(new Tokenization("\\w+|[^\\w\\s]+", true))
      .add("first.txt", "The whale, the WHALE!")
      .add("empty.txt", "")
      .add("second.txt", "Ελλάδα and the sea")
      .build();

  @Test
  void aSavedIndexLoadsBackWithTheSameTokensTypesPostingsAndSettings() throws IOException {
    CorpusIndexFile.save(corpus, dir);
    Corpus loaded = CorpusIndexFile.load(dir);
    assertThat(loaded.tokenization()).isEqualTo(corpus.tokenization());
    assertThat(loaded.tokenCount()).isEqualTo(corpus.tokenCount());
    assertThat(loaded.typeCount()).isEqualTo(corpus.typeCount());
    for (int i = 0; i < corpus.tokenCount(); i++) {
      assertThat(loaded.tokenString(i)).isEqualTo(corpus.tokenString(i));
    }
    for (int t = 0; t < corpus.typeCount(); t++) {
      assertThat(loaded.positions(t)).isEqualTo(corpus.positions(t));
    }
    assertThat(loaded.documentCount()).isEqualTo(3);
    assertThat(loaded.documentName(2)).isEqualTo("second.txt");
    assertThat(loaded.documentOf(6)).isEqualTo(2);
    assertThat(loaded.frequency("Whale")).isEqualTo(2);
  }

  @Test
  void theIndexTakesAtMostTenBytesPerTokenPlusItsDictionary() throws IOException {
    // 8 bytes per token (stream + postings) + header 32 + meta + 4(V+1) offsets.
    CorpusIndexFile.save(corpus, dir);
    long size = CorpusIndexFile.size(dir);
    assertThat(size).isLessThan(8L * corpus.tokenCount() + 4L * (corpus.typeCount() + 1) + 32
        + 200);
  }

  @Test
  void aFolderWithoutAnIndexIsRejected() {
    assertThatThrownBy(() -> CorpusIndexFile.load(dir))
        .isInstanceOf(IOException.class).hasMessageContaining("not a PhaseZero corpus index");
  }

  @Test
  void aFileWithTheWrongMagicIsRejected() throws IOException {
    Files.writeString(dir.resolve(CorpusIndexFile.FILE_NAME), "hello, this is not an index at all");
    assertThatThrownBy(() -> CorpusIndexFile.load(dir))
        .isInstanceOf(IOException.class).hasMessageContaining("wrong magic");
  }

  @Test
  void aTruncatedIndexIsRejectedWithTheExpectedSize() throws IOException {
    CorpusIndexFile.save(corpus, dir);
    Path file = dir.resolve(CorpusIndexFile.FILE_NAME);
    long full = Files.size(file);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(full - 4);
    }
    assertThatThrownBy(() -> CorpusIndexFile.load(dir))
        .isInstanceOf(IOException.class)
        .hasMessage("truncated corpus index: expected " + full + " bytes, found " + (full - 4));
  }
}
