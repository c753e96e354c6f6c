package org.phasezero.bench.corpus;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.phasezero.analysis.corpus.AssociationMeasure;
import org.phasezero.analysis.corpus.Collocates;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.analysis.corpus.CorpusBuilder;
import org.phasezero.analysis.corpus.FrequencyList;
import org.phasezero.analysis.corpus.Keyness;
import org.phasezero.analysis.corpus.Tokenization;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * The single-machine side of the Spark benchmark: the three analyses of {@code phasezero spark}
 * (frequency list, keyness of one forum against the other, collocates of a word), each from the
 * JSON Lines file as a Spark command runs it: read and tokenise every post, then answer.
 * Prints {@code name value} lines.
 *
 * <p>usage: PostsTimings FILE.jsonl WORD TARGET_FORUM
 */
public final class PostsTimings {

  private static final JsonFactory JSON = new JsonFactory();

  private PostsTimings() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String word = args[1];
    String targetForum = args[2];

    long t0 = System.nanoTime();
    CorpusBuilder whole = new CorpusBuilder(Tokenization.DEFAULT);
    long[] documents = {0};
    read(file, (text, forum) -> {
      whole.add("", text);
      documents[0]++;
    });
    Corpus corpus = whole.build();
    double readS = (System.nanoTime() - t0) / 1e9;
    FrequencyList.top(corpus, 20);
    double freqS = (System.nanoTime() - t0) / 1e9;
    out("documents", documents[0]);
    out("tokens", corpus.tokenCount());
    out("read_build_s", readS);
    out("freq_s", freqS);

    long t1 = System.nanoTime();
    Collocates.Result r = Collocates.of(corpus, word, 5, AssociationMeasure.named("logdice"), 3,
        false, 20);
    out("node_frequency", r.nodeFrequency());
    out("collocates_s", readS + (System.nanoTime() - t1) / 1e9);
    corpus = null;

    long t2 = System.nanoTime();
    CorpusBuilder target = new CorpusBuilder(Tokenization.DEFAULT);
    CorpusBuilder reference = new CorpusBuilder(Tokenization.DEFAULT);
    read(file, (text, forum) -> (targetForum.equals(forum) ? target : reference).add("", text));
    Keyness.of(target.build(), reference.build(), Keyness.Ranking.LL, 3, false, 20);
    out("keyness_s", (System.nanoTime() - t2) / 1e9);
  }

  /** Streams the posts' text and forum fields, one JSON object a line. */
  private static void read(Path file, BiConsumer<String, String> post) throws Exception {
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String text = null;
        String forum = null;
        try (JsonParser p = JSON.createParser(tools.jackson.core.ObjectReadContext.empty(), line)) {
          p.nextToken();
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("text")) {
              text = p.getString();
            } else if (name.equals("forum")) {
              forum = p.getString();
            } else {
              p.skipChildren();
            }
          }
        }
        if (text != null) {
          post.accept(text, forum);
        }
      }
    }
  }

  private static void out(String name, double value) {
    System.out.println(name + " " + (value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.4f", value)));
  }
}
