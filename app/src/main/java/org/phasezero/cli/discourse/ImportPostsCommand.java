package org.phasezero.cli.discourse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phasezero.cli.CliFailure;
import org.phasezero.cli.DatabaseOptions;
import org.phasezero.cli.SpringTask;
import org.phasezero.discourse.Corpora;
import org.phasezero.discourse.CorpusForm;
import org.phasezero.discourse.CorpusKind;
import org.phasezero.discourse.DiscourseCorpus;
import org.phasezero.discourse.PostFormat;
import org.phasezero.discourse.PostImport;
import org.phasezero.discourse.PostImports;
import org.phasezero.discourse.StartImportForm;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.NotFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code phasezero discourse import-posts FILE --text COL --corpus NAME}: online posts from a CSV,
 * JSON or JSON Lines export into a posts corpus, made in a project when it does not exist yet.
 */
@Command(name = "import-posts", mixinStandardHelpOptions = true,
    description = {"Import online posts from a CSV (with a header row), JSON (an array) or JSON Lines export into a posts"
        + " corpus, as the system (audited as system/cli): authors pseudonymised, duplicates kept once, bad lines"
        + " reported by line number on stderr and skipped (or, with --on-bad-line stop, nothing of the file kept).",
        "Exit 0 when imported, 2 when stopped or refused, 1 when the import failed."})
public class ImportPostsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The export.")
  Path file;

  @Option(names = "--corpus", paramLabel = "NAME", required = true, description = "The posts corpus, by name.")
  String corpus;

  @Option(names = "--project", paramLabel = "NAME",
      description = "The research project to make the corpus in, when no corpus has that name yet.")
  String project;

  @Option(names = "--text", paramLabel = "COL", required = true, description = "The column or field holding the text.")
  String text;

  @Option(names = "--author", paramLabel = "COL", description = "The author's column (pseudonymised on import).")
  String author;

  @Option(names = "--date", paramLabel = "COL", description = "The date's column (ISO, d/M/yyyy or Unix seconds).")
  String date;

  @Option(names = "--thread", paramLabel = "COL", description = "The thread's column.")
  String thread;

  @Option(names = "--forum", paramLabel = "COL", description = "The forum's, group's or channel's column.")
  String forum;

  @Option(names = "--file-format", paramLabel = "FORMAT", description = "csv, json or jsonl (default: from the file's name).")
  PostFormat fileFormat;

  @Option(names = "--on-bad-line", paramLabel = "WHAT", defaultValue = "skip",
      description = "skip (default: report it and go on) or stop (keep nothing of the file).")
  String onBadLine;

  @Option(names = "--token-pattern", paramLabel = "REGEX", description = "A new corpus's token pattern (as ./phasezero corpus).")
  String tokenPattern;

  @Option(names = "--ignore-case", description = "A new corpus folds case.")
  boolean ignoreCase;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw CliFailure.in(file, "no such file");
    }
    PostImport.BadLines bad = PostImport.BadLines.valueOf(onBadLine.strip().toUpperCase(Locale.ROOT));
    PostImport done;
    try {
      done = SpringTask.run(database.properties(), context -> {
        DiscourseCorpus c = corpus(context.getBean(Corpora.class), context.getBean(ResearchProjects.class));
        PostImports imports = context.getBean(PostImports.class);
        PostImports.Staged staged;
        try (InputStream in = Files.newInputStream(file)) {
          staged = imports.stage(c.id(), file.getFileName().toString(), fileFormat, in);
        } catch (IOException e) {
          throw CliFailure.in(file, "cannot be read: " + e.getMessage());
        }
        StartImportForm f = new StartImportForm();
        f.setFile(staged.file());
        f.setFileName(file.getFileName().toString());
        f.setFormat(staged.format());
        f.setText(text);
        f.setAuthor(author);
        f.setDate(date);
        f.setThread(thread);
        f.setForum(forum);
        f.setOnBadLine(bad);
        return imports.importNow(c.id(), f);
      });
    } catch (Conflict | NotFound e) {
      throw CliFailure.in(file, e.getMessage());
    }
    done.problemLines().forEach(p -> spec.commandLine().getErr().println(file + ": " + p));
    spec.commandLine().getOut().println(String.format(Locale.ROOT,
        "%s: %s into corpus '%s': %,d posts kept, %,d duplicates, %,d lines not imported (%,d read)", file,
        done.status().toLowerCase(Locale.ROOT), corpus, done.imported(), done.duplicates(), done.malformed(),
        done.linesDone()));
    return switch (done.status()) {
      case "DONE" -> 0;
      case "STOPPED" -> 2;
      default -> 1;
    };
  }

  private DiscourseCorpus corpus(Corpora corpora, ResearchProjects projects) {
    try {
      return corpora.byName(corpus);
    } catch (NotFound e) {
      if (project == null) {
        throw new CliFailure("no corpus is called '" + corpus + "'; give --project NAME to make it");
      }
      CorpusForm f = new CorpusForm();
      f.setProjectId(projects.byName(project).id());
      f.setName(corpus);
      f.setKind(CorpusKind.POSTS);
      f.setTokenPattern(tokenPattern);
      f.setIgnoreCase(ignoreCase);
      return corpora.create(f);
    }
  }
}
