package org.phasezero.evidence.refiqda;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A project that uses every element and attribute of QDA-XML 1.0 at least once, with text that
 * is hard to carry (emoji, line breaks, XML's special characters, a tab in an attribute).
 */
final class EveryElementProject {

  static final String INTERVIEW_TEXT = "Asha said: \"I \uD83D\uDC9A the café <& garden>\".\n\tShe"
      + " came back\nevery week.";
  static final OffsetDateTime WHEN = OffsetDateTime.of(2024, 9, 15, 15, 36, 47, 0, ZoneOffset.UTC);

  private EveryElementProject() {}

  static String guid(String label) {
    return UUID.nameUUIDFromBytes(label.getBytes(StandardCharsets.UTF_8)).toString();
  }

  static QdaProject build() {
    Provenance byAsha = new Provenance(guid("user asha"), WHEN, guid("user ben"), WHEN.plusDays(1));
    Coding coded = new Coding(guid("coding 1"), guid("code belonging"), List.of(guid("note 1")),
        guid("user asha"), WHEN);
    int start = INTERVIEW_TEXT.indexOf("café");
    TextSource interview = new TextSource(guid("interview"), "Interview 1", "First visit",
        "internal://" + guid("interview") + ".docx", "internal://" + guid("interview") + ".txt",
        INTERVIEW_TEXT,
        List.of(new PlainTextSelection(guid("selection 1"), "café", "the place", start,
            start + "café <& garden>".length(), List.of(coded), List.of(guid("note 1")), byAsha)),
        List.of(new Coding(guid("coding 2"), guid("code place"), List.of(), null, null)),
        List.of(guid("note 1")),
        List.of(new VariableValue(guid("variable age"), VariableType.INTEGER, "34")), byAsha);
    TextSource pdfText = new TextSource(guid("pdf text"), null, null, null, null, "Page one.\n",
        List.of(new PlainTextSelection(guid("pdf text selection"), null, null, 0, 4, List.of(),
            List.of(), Provenance.NONE)), List.of(), List.of(), List.of(), Provenance.NONE);
    PdfSource pdf = new PdfSource(guid("pdf"), "Report", "internal://" + guid("pdf") + ".pdf",
        "absolute:///C:/Data/report.pdf", "Annual report",
        List.of(new PdfSelection(guid("pdf selection"), "Figure", 1, 10, 20, 300, 400, "A chart",
            null, List.of(), List.of(), byAsha)),
        pdfText, List.of(), List.of(), List.of(), byAsha);
    PictureSource picture = new PictureSource(guid("picture"), "Garden", "internal://"
        + guid("picture") + ".jpg", null, null,
        new TextSource(guid("picture text"), null, null, null, null, "Raised beds.", List.of(),
            List.of(), List.of(), List.of(), Provenance.NONE),
        List.of(new PictureSelection(guid("picture selection"), "bed", 1, 2, 3, 4, null,
            List.of(new Coding(guid("coding 3"), guid("code place"), List.of(), null, null)),
            List.of(), Provenance.NONE)),
        List.of(), List.of(), List.of(), Provenance.NONE);
    Transcript transcript = new Transcript(guid("transcript"), "Transcript", null,
        "internal://" + guid("transcript") + ".txt", "\uD83C\uDF3B Welcome.\nThank you.",
        null,
        List.of(new Transcript.SyncPoint(guid("sync 1"), 0L, 0),
            new Transcript.SyncPoint(guid("sync 2"), 1500L, 12)),
        List.of(new TranscriptSelection(guid("transcript selection"), null, guid("sync 1"),
            guid("sync 2"), null, List.of(), List.of(), Provenance.NONE)),
        List.of(), Provenance.NONE);
    AudioSource audio = new AudioSource(guid("audio"), "Recording", "internal://" + guid("audio")
        + ".m4a", null, null, List.of(transcript),
        List.of(new MediaSelection(guid("audio selection"), null, 1000, 2500, null, List.of(),
            List.of(), Provenance.NONE)),
        List.of(), List.of(), List.of(), Provenance.NONE);
    VideoSource video = new VideoSource(guid("video"), "Walk", "relative:///walk.mp4", null, null,
        List.of(), List.of(new MediaSelection(guid("video selection"), null, 0, 90_000, null,
            List.of(), List.of(), Provenance.NONE)),
        List.of(), List.of(), List.of(), Provenance.NONE);
    TextSource memo = new TextSource(guid("note 1"), "Memo", null, null, null,
        "Belonging comes up often.\nCheck with Ben.", List.of(), List.of(), List.of(), List.of(),
        byAsha);
    Code belonging = new Code(guid("code belonging"), "Belonging", true, "#00FF00",
        "Feeling part of\na group", List.of(guid("note 1")), List.of(
            new Code(guid("code place"), "Place & space", true, null, null, List.of(), List.of())));
    return new QdaProject("Every element", "PhaseZero test", "C:/Data", byAsha,
        List.of(new User(guid("user asha"), "Asha", "AS"), new User(guid("user ben"), "Ben", null)),
        new CodeBook(List.of(belonging, new Code(guid("code folder"), "Folder", false, "#ABC", null,
            List.of(), List.of()))),
        List.of(new Variable(guid("variable age"), "Age", VariableType.INTEGER, "Years"),
            new Variable(guid("variable since"), "Since", VariableType.DATE, null)),
        List.of(new Case(guid("case asha"), "Asha", "Participant", List.of(guid("code belonging")),
            List.of(new VariableValue(guid("variable age"), VariableType.INTEGER, "34"),
                new VariableValue(guid("variable since"), VariableType.DATE, "2024-01-31"),
                new VariableValue(guid("variable since"), null, null)),
            List.of(guid("interview")), List.of(guid("selection 1")))),
        List.of(interview, pdf, picture, audio, video),
        List.of(memo),
        List.of(new Link(guid("link"), "supports", "OneWay", "#123456", guid("code belonging"),
            guid("selection 1"), List.of(guid("note 1")))),
        List.of(new QdaSet(guid("set"), "Wave 1", "First wave", List.of(guid("code place")),
            List.of(guid("interview")), List.of(guid("note 1")))),
        List.of(new Graph(guid("graph"), "Map",
            List.of(new Graph.Vertex(guid("vertex a"), guid("code belonging"), "A", 0, 0, 10L, 10L,
                    "Oval", "#FFFFFF"),
                new Graph.Vertex(guid("vertex b"), null, "B\tname", 20, 0, null, null, null, null)),
            List.of(new Graph.Edge(guid("edge"), null, null, guid("vertex a"), guid("vertex b"),
                "#000", "Bidirectional", "dashed")))),
        "A project\nwith everything.", List.of(guid("note 1")),
        List.of(new EmbeddedFile(guid("interview") + ".docx", new byte[] {'P', 'K', 3, 4}),
            new EmbeddedFile(guid("pdf") + ".pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
            new EmbeddedFile(guid("picture") + ".jpg", new byte[] {(byte) 0xFF, (byte) 0xD8}),
            new EmbeddedFile(guid("audio") + ".m4a", new byte[] {0, 0, 0, 32})));
  }
}
