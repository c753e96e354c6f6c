package org.phasezero.cli.discourse;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.phasezero.cli.CliFailure;
import org.phasezero.cli.DatabaseOptions;
import org.phasezero.cli.SpringTask;
import org.phasezero.discourse.Analyses;
import org.phasezero.discourse.Corpora;
import org.phasezero.discourse.DiscourseCorpus;
import org.phasezero.discourse.SubCorpus;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.NotFound;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/** Which corpus, and which of its sub-corpora, a command reads: by name, as the pages show them. */
public class CorpusChoice {

  @Option(names = "--corpus", paramLabel = "NAME", required = true, description = "The corpus, by name.")
  String corpus;

  @Option(names = "--sub", paramLabel = "NAME", description = "One of its sub-corpora, by name (default: the whole corpus).")
  String sub;

  /** Runs a query in the application; a refusal (no such corpus, a bad option) is one line on stderr, exit 2. */
  static <T> T run(DatabaseOptions database, Function<ConfigurableApplicationContext, T> work) {
    try {
      return SpringTask.run(database.properties(), work);
    } catch (Conflict | NotFound e) {
      throw new CliFailure(e.getMessage());
    }
  }

  DiscourseCorpus corpus(Corpora corpora) {
    return corpora.byName(corpus);
  }

  /** The chosen corpus found in the application, with the chosen sub-corpus (null for all of it). */
  record Chosen(Corpora corpora, DiscourseCorpus corpus, Long subId) {

    long corpusId() {
      return corpus.id();
    }

    /** Another of the corpus's sub-corpora, by name (null for none). */
    Long subNamed(String name) {
      return CorpusChoice.subId(corpora, corpus, name);
    }
  }

  /** Runs an analysis of the chosen corpus and sub-corpus in the application (see {@link #run}). */
  <T> T analyse(DatabaseOptions database, BiFunction<Analyses, Chosen, T> analysis) {
    return run(database, context -> {
      Corpora corpora = context.getBean(Corpora.class);
      DiscourseCorpus c = corpus(corpora);
      return analysis.apply(context.getBean(Analyses.class), new Chosen(corpora, c, subId(corpora, c, sub)));
    });
  }

  static Long subId(Corpora corpora, DiscourseCorpus c, String name) {
    if (name == null) {
      return null;
    }
    return corpora.subCorpora(c.id()).stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst()
        .map(SubCorpus::id).orElseThrow(() -> NotFound.named("sub-corpus", name));
  }
}
