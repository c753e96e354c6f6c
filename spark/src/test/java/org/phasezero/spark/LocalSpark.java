package org.phasezero.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.analysis.corpus.CorpusBuilder;
import org.phasezero.analysis.corpus.Tokenization;
import org.phasezero.analysis.testing.SharedData;

/**
 * One local[2] Spark session for every test in the JVM (starting one takes seconds), and the
 * material the equivalence tests share: the paragraphs of two novels from the shared corpora as
 * JSON Lines posts, and the same paragraphs as a single-machine corpus.
 */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder().master("local[2]").appName("PhaseZero tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
    }
    return session;
  }

  /** A post: its text and which book it comes from. */
  record Post(String book, String text) {}

  /** The paragraphs of Moby Dick ("moby") and Sense and Sensibility ("austen"). */
  static List<Post> novels() {
    List<Post> posts = new ArrayList<>();
    posts.addAll(paragraphs("moby", "corpora/gutenberg_melville-moby_dick.txt"));
    posts.addAll(paragraphs("austen", "corpora/gutenberg_austen-sense.txt"));
    return posts;
  }

  private static List<Post> paragraphs(String book, String relative) {
    try {
      String text = Files.readString(SharedData.file(relative), StandardCharsets.UTF_8);
      List<Post> out = new ArrayList<>();
      for (String p : text.split("\\r?\\n\\s*\\r?\\n")) {
        if (!p.isBlank()) {
          out.add(new Post(book, p.strip()));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes posts as JSON Lines with the fields book and text. */
  static Path jsonl(Path dir, String name, List<Post> posts) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Post p : posts) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("book", p.book());
      row.put("text", p.text());
      lines.add(json.writeValueAsString(row));
    }
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** The single-machine corpus of some posts, one document each. */
  static Corpus corpus(List<Post> posts, Tokenization tokenization) {
    CorpusBuilder builder = new CorpusBuilder(tokenization);
    for (int i = 0; i < posts.size(); i++) {
      builder.add("post " + i, posts.get(i).text());
    }
    return builder.build();
  }

  static List<Post> of(List<Post> posts, String book) {
    return posts.stream().filter(p -> p.book().equals(book)).toList();
  }
}
