package org.phasezero.evidence.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * How long reading and pseudonymising take, at two sizes each (a measurement, not a test: times on
 * shared machines are too noisy to assert). Prints the median of 5 runs after 2 warm-up runs.
 *
 * <p>Run after {@code ./mvnw -o -q -pl app -am -DskipTests test-compile} with
 * {@code java -cp "app/target/classes:app/target/test-classes:analysis/target/classes:$(cat cp.txt)"
 * org.phasezero.evidence.files.SourceFilesTiming [path to an NVivo .docx]}, where cp.txt holds the
 * POI and PDFBox jars ({@code ./mvnw -pl app dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
final class SourceFilesTiming {

  private static final int RUNS = 5;
  private static final int WARM_UP = 2;

  private SourceFilesTiming() {}

  public static void main(String[] args) throws IOException {
    for (int characters : new int[] {600_000, 6_000_000}) {
      byte[] txt = transcript(characters).getBytes(StandardCharsets.UTF_8);
      ExtractedText text = SourceFiles.read("t.txt", txt);
      time(String.format(".txt transcript, %,d characters, %,d turns", text.text().length(), text.segments().size()),
          () -> SourceFiles.read("t.txt", txt));
      Map<String, String> names = names(3_000);
      time(String.format("pseudonymise those %,d characters with %,d names", text.text().length(), names.size()),
          () -> Pseudonymiser.apply(text, names));
    }
    for (int paragraphs : new int[] {5_000, 50_000}) {
      byte[] docx = docx(paragraphs);
      ExtractedText read = SourceFiles.read("t.docx", docx);
      time(String.format(".docx of %,d paragraphs (%,d bytes, %,d characters)", paragraphs, docx.length,
          read.text().length()), () -> SourceFiles.read("t.docx", docx));
    }
    if (args.length > 0) {
      byte[] real = Files.readAllBytes(Path.of(args[0]));
      ExtractedText read = SourceFiles.read("real.docx", real);
      time(String.format("%s (%,d bytes, %,d characters, %,d paragraphs)", Path.of(args[0]).getFileName(),
          real.length, read.text().length(), read.segments().size()), () -> SourceFiles.read("real.docx", real));
    }
  }

  /** Turns of an interview, repeated to about {@code characters} characters. */
  static String transcript(int characters) {
    StringBuilder text = new StringBuilder(characters + 200);
    for (int turn = 0; text.length() < characters; turn++) {
      text.append(turn % 2 == 0 ? "Interviewer: " : "P" + (turn % 7) + ": ")
          .append("We talked about the drop-in at the community centre and how Amina Yusuf found it, turn ")
          .append(turn).append(".\n");
      if (turn % 3 == 0) {
        text.append("It carried on over a second line, as turns do.\n");
      }
    }
    return text.toString();
  }

  /** {@code count} names of one or two words; one of them ("Amina Yusuf") occurs in the transcript. */
  static Map<String, String> names(int count) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("Amina Yusuf", "P-0");
    for (int i = 1; names.size() < count; i++) {
      names.put((i % 2 == 0 ? "Name" : "Person Name") + Integer.toString(i, 36), "P-" + i);
    }
    return names;
  }

  static byte[] docx(int paragraphs) throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      for (int i = 0; i < paragraphs; i++) {
        document.createParagraph().createRun().setText((i % 2 == 0 ? "Interviewer: " : "P1: ")
            + "We talked about the drop-in at the community centre, paragraph " + i + ".");
      }
      return TestFiles.write(document);
    }
  }

  private static void time(String what, Supplier<?> task) {
    long[] millis = new long[RUNS];
    for (int i = 0; i < WARM_UP + RUNS; i++) {
      long start = System.nanoTime();
      task.get();
      if (i >= WARM_UP) {
        millis[i - WARM_UP] = (System.nanoTime() - start) / 1_000_000;
      }
    }
    Arrays.sort(millis);
    System.out.printf("%-90s median %,6d ms (min %,d, max %,d)%n", what, millis[RUNS / 2], millis[0], millis[RUNS - 1]);
  }
}
