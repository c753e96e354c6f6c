package org.phasezero.cli.discourse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code phasezero discourse} command group: corpora of the configured database. */
@Command(
    name = "discourse",
    mixinStandardHelpOptions = true,
    description = "Corpora in the configured database: import online posts, and frequency lists, keyword in context,"
        + " collocates and keyness of a corpus or its sub-corpora, as on the Discourse pages.",
    subcommands = {ImportPostsCommand.class, DiscourseFreqCommand.class, DiscourseNgramsCommand.class, DiscourseKwicCommand.class,
        DiscourseCollocatesCommand.class, DiscourseKeynessCommand.class, ImportResultCommand.class})
public class DiscourseCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
