package org.phasezero.evidence.interchange;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.phasezero.evidence.refiqda.AudioSource;
import org.phasezero.evidence.refiqda.Coding;
import org.phasezero.evidence.refiqda.MediaSelection;
import org.phasezero.evidence.refiqda.PdfSelection;
import org.phasezero.evidence.refiqda.PdfSource;
import org.phasezero.evidence.refiqda.PictureSelection;
import org.phasezero.evidence.refiqda.PictureSource;
import org.phasezero.evidence.refiqda.PlainTextSelection;
import org.phasezero.evidence.refiqda.QdaProject;
import org.phasezero.evidence.refiqda.Source;
import org.phasezero.evidence.refiqda.TextSource;
import org.phasezero.evidence.refiqda.Transcript;
import org.phasezero.evidence.refiqda.TranscriptSelection;
import org.phasezero.evidence.refiqda.VideoSource;

/**
 * Walks the parts of a REFI-QDA project that the database does not model (codings of whole sources,
 * of PDF regions, picture regions, media spans and transcripts, codings inside notes): every coding
 * in them, and the same parts with the codings of removed codes left out, so that an export never
 * refers to a code that is no longer in its codebook.
 */
final class KeptParts {

  private KeptParts() {}

  /** Every coding anywhere in the project: sources, their selections and transcripts, and notes. */
  static Stream<Coding> allCodings(QdaProject p) {
    return Stream.concat(p.sources().stream().flatMap(KeptParts::codings),
        p.notes().stream().flatMap(KeptParts::codings));
  }

  /** Every text the project's selections are made in, with those selections. */
  static Stream<TextSource> allTexts(QdaProject p) {
    Stream<TextSource> inside = p.sources().stream().flatMap(s -> s instanceof PdfSource pdf
        ? Stream.concat(Stream.ofNullable(pdf.representation()),
            pdf.selections().stream().map(PdfSelection::representation).filter(t -> t != null))
        : s instanceof PictureSource pic ? Stream.ofNullable(pic.textDescription())
        : s instanceof TextSource t ? Stream.of(t) : Stream.empty());
    return Stream.concat(inside, p.notes().stream());
  }

  static Stream<Coding> codings(Source s) {
    Stream<Coding> own = s.codings().stream();
    Stream<Coding> inner;
    if (s instanceof TextSource t) {
      inner = t.selections().stream().flatMap(x -> x.codings().stream());
    } else if (s instanceof PdfSource pdf) {
      inner = Stream.concat(pdf.selections().stream().flatMap(x -> Stream.concat(x.codings().stream(),
          x.representation() == null ? Stream.empty() : codings(x.representation()))),
          pdf.representation() == null ? Stream.empty() : codings(pdf.representation()));
    } else if (s instanceof PictureSource pic) {
      inner = Stream.concat(pic.selections().stream().flatMap(x -> x.codings().stream()),
          pic.textDescription() == null ? Stream.empty() : codings(pic.textDescription()));
    } else if (s instanceof AudioSource a) {
      inner = Stream.concat(a.selections().stream().flatMap(x -> x.codings().stream()),
          transcriptCodings(a.transcripts()));
    } else {
      VideoSource v = (VideoSource) s;
      inner = Stream.concat(v.selections().stream().flatMap(x -> x.codings().stream()),
          transcriptCodings(v.transcripts()));
    }
    return Stream.concat(own, inner);
  }

  private static Stream<Coding> transcriptCodings(List<Transcript> transcripts) {
    return transcripts.stream().flatMap(t -> t.selections().stream()).flatMap(x -> x.codings().stream());
  }

  /** {@code s} without the codings of the given codes (the same instance when it has none). */
  static Source withoutCodes(Source s, Set<String> removed) {
    if (removed.isEmpty() || codings(s).noneMatch(c -> removed.contains(c.codeGuid()))) {
      return s;
    }
    Predicate<Coding> keep = c -> !removed.contains(c.codeGuid());
    if (s instanceof TextSource t) {
      return text(t, removed);
    }
    if (s instanceof PdfSource p) {
      return new PdfSource(p.guid(), p.name(), p.path(), p.currentPath(), p.description(),
          p.selections().stream().map(x -> new PdfSelection(x.guid(), x.name(), x.page(), x.firstX(), x.firstY(),
              x.secondX(), x.secondY(), x.description(), text(x.representation(), removed), kept(x.codings(), keep),
              x.noteRefs(), x.provenance())).toList(),
          text(p.representation(), removed), kept(p.codings(), keep), p.noteRefs(), p.variableValues(),
          p.provenance());
    }
    if (s instanceof PictureSource p) {
      return new PictureSource(p.guid(), p.name(), p.path(), p.currentPath(), p.description(),
          text(p.textDescription(), removed),
          p.selections().stream().map(x -> new PictureSelection(x.guid(), x.name(), x.firstX(), x.firstY(),
              x.secondX(), x.secondY(), x.description(), kept(x.codings(), keep), x.noteRefs(), x.provenance()))
              .toList(),
          kept(p.codings(), keep), p.noteRefs(), p.variableValues(), p.provenance());
    }
    if (s instanceof AudioSource a) {
      return new AudioSource(a.guid(), a.name(), a.path(), a.currentPath(), a.description(),
          transcripts(a.transcripts(), keep), media(a.selections(), keep), kept(a.codings(), keep), a.noteRefs(),
          a.variableValues(), a.provenance());
    }
    VideoSource v = (VideoSource) s;
    return new VideoSource(v.guid(), v.name(), v.path(), v.currentPath(), v.description(),
          transcripts(v.transcripts(), keep), media(v.selections(), keep), kept(v.codings(), keep), v.noteRefs(),
          v.variableValues(), v.provenance());
  }

  static TextSource text(TextSource t, Set<String> removed) {
    if (t == null) {
      return null;
    }
    Predicate<Coding> keep = c -> !removed.contains(c.codeGuid());
    return new TextSource(t.guid(), t.name(), t.description(), t.richTextPath(), t.plainTextPath(), t.text(),
        t.selections().stream().map(x -> new PlainTextSelection(x.guid(), x.name(), x.description(), x.start(),
            x.end(), kept(x.codings(), keep), x.noteRefs(), x.provenance())).toList(),
        kept(t.codings(), keep), t.noteRefs(), t.variableValues(), t.provenance());
  }

  private static List<MediaSelection> media(List<MediaSelection> list, Predicate<Coding> keep) {
    return list.stream().map(x -> new MediaSelection(x.guid(), x.name(), x.begin(), x.end(), x.description(),
        kept(x.codings(), keep), x.noteRefs(), x.provenance())).toList();
  }

  private static List<Transcript> transcripts(List<Transcript> list, Predicate<Coding> keep) {
    return list.stream().map(t -> new Transcript(t.guid(), t.name(), t.richTextPath(), t.plainTextPath(), t.text(),
        t.description(), t.syncPoints(), t.selections().stream().map(x -> new TranscriptSelection(x.guid(), x.name(),
            x.fromSyncPoint(), x.toSyncPoint(), x.description(), kept(x.codings(), keep), x.noteRefs(),
            x.provenance())).toList(), t.noteRefs(), t.provenance())).toList();
  }

  private static List<Coding> kept(List<Coding> codings, Predicate<Coding> keep) {
    return codings.stream().filter(keep).toList();
  }

  /** {@code s} with other notes referred to (the same instance when they are the same). */
  static Source withNoteRefs(Source s, List<String> refs) {
    if (refs.equals(s.noteRefs())) {
      return s;
    }
    if (s instanceof TextSource t) {
      return new TextSource(t.guid(), t.name(), t.description(), t.richTextPath(), t.plainTextPath(), t.text(),
          t.selections(), t.codings(), refs, t.variableValues(), t.provenance());
    }
    if (s instanceof PdfSource p) {
      return new PdfSource(p.guid(), p.name(), p.path(), p.currentPath(), p.description(), p.selections(),
          p.representation(), p.codings(), refs, p.variableValues(), p.provenance());
    }
    if (s instanceof PictureSource p) {
      return new PictureSource(p.guid(), p.name(), p.path(), p.currentPath(), p.description(), p.textDescription(),
          p.selections(), p.codings(), refs, p.variableValues(), p.provenance());
    }
    if (s instanceof AudioSource a) {
      return new AudioSource(a.guid(), a.name(), a.path(), a.currentPath(), a.description(), a.transcripts(),
          a.selections(), a.codings(), refs, a.variableValues(), a.provenance());
    }
    VideoSource v = (VideoSource) s;
    return new VideoSource(v.guid(), v.name(), v.path(), v.currentPath(), v.description(), v.transcripts(),
        v.selections(), v.codings(), refs, v.variableValues(), v.provenance());
  }

  /** The files in the archive a source points to ({@code internal://} paths), by their name in the sources folder. */
  static Stream<String> internalFiles(Source s) {
    Stream<String> paths = s instanceof TextSource t ? Stream.of(t.richTextPath(), t.plainTextPath())
        : s instanceof PdfSource p ? Stream.of(p.path()) : s instanceof PictureSource p ? Stream.of(p.path())
        : s instanceof AudioSource a ? Stream.concat(Stream.of(a.path()),
            a.transcripts().stream().flatMap(x -> Stream.of(x.richTextPath(), x.plainTextPath())))
        : Stream.concat(Stream.of(((VideoSource) s).path()),
            ((VideoSource) s).transcripts().stream().flatMap(x -> Stream.of(x.richTextPath(), x.plainTextPath())));
    return paths.filter(x -> x != null && x.startsWith(INTERNAL)).map(x -> x.substring(INTERNAL.length()));
  }

  static final String INTERNAL = "internal://";
}
