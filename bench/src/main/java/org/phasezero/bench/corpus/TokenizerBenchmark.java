package org.phasezero.bench.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.phasezero.analysis.corpus.CorpusBuilder;
import org.phasezero.analysis.corpus.LetterDigitTokenizer;
import org.phasezero.analysis.corpus.RegexTokenizer;
import org.phasezero.analysis.corpus.TextDecoding;
import org.phasezero.analysis.corpus.Tokenization;
import org.phasezero.analysis.corpus.Tokenizer;

/**
 * The default tokeniser's hand-written scanner against java.util.regex on the same pattern, and
 * the whole indexing step (tokenise + intern), on one text (Moby Dick by default):
 * {@code java -jar bench/target/benchmarks.jar TokenizerBenchmark -p file=PATH}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TokenizerBenchmark {

  @Param("../shared/data/corpora/gutenberg_melville-moby_dick.txt")
  public String file;

  private char[] text;
  private int length;
  private final Tokenizer scanner = LetterDigitTokenizer.INSTANCE;
  private final Tokenizer regex = new RegexTokenizer(LetterDigitTokenizer.PATTERN);

  @Setup
  public void read() throws IOException {
    TextDecoding.Text t = TextDecoding.detect(Files.readAllBytes(Path.of(file)));
    text = t.chars();
    length = t.length();
  }

  @Benchmark
  public void scanner(Blackhole bh) {
    scanner.tokenize(text, 0, length, (c, s, e) -> bh.consume(e));
  }

  @Benchmark
  public void regex(Blackhole bh) {
    regex.tokenize(text, 0, length, (c, s, e) -> bh.consume(e));
  }

  @Benchmark
  public Object tokeniseAndIntern() {
    return new CorpusBuilder(Tokenization.DEFAULT).add("moby", text, 0, length).build();
  }
}
