package org.phasezero.evidence;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.files.ExtractedText;
import org.phasezero.evidence.files.PictureInfo;
import org.phasezero.evidence.files.Pseudonymiser;
import org.phasezero.evidence.files.Segment;
import org.phasezero.evidence.files.SourceFiles;
import org.phasezero.network.PersonReferences;
import org.phasezero.shared.Conflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A file becomes a source: read (.txt, .docx, .pdf, .vtt, .srt, or a photo), names replaced by
 * pseudonyms at the door (the network's people by their pseudonyms, and any names the researcher
 * lists), speakers who are people in the network attributed to them, and the pseudonym key kept
 * apart. A transcript in which someone without research-use consent speaks is refused, naming them
 * and the consent to record, and nothing is stored.
 */
@Service
public class SourceImport {

  /** What the researcher asks of an import besides the file itself. */
  public record Request(long projectId, SourceDetails details, String fileName, byte[] bytes, List<String> otherNames,
      boolean replaceNetworkNames) {}

  /** The source made, and what the reader noticed (a scanned PDF without text, cues out of order). */
  public record Result(EvidenceSource source, List<String> warnings) {}

  private final Sources sources;
  private final ResearchProjects projects;
  private final PersonReferences people;
  private final PseudonymKey key;

  SourceImport(Sources sources, ResearchProjects projects, PersonReferences people, PseudonymKey key) {
    this.sources = sources;
    this.projects = projects;
    this.people = people;
    this.key = key;
  }

  @Transactional
  public Result run(Request r, ImportProgress progress) {
    projects.requireWorkable(r.projectId());
    if (r.bytes() == null || r.bytes().length == 0) {
      throw new Conflict("file", "Choose a file to import.");
    }
    progress.at("Reading the file", 0, r.bytes().length);
    if (isPicture(r.fileName())) {
      return picture(r);
    }
    ExtractedText text = SourceFiles.read(r.fileName(), r.bytes());
    progress.at("Replacing names with pseudonyms", r.bytes().length / 3, r.bytes().length);
    Map<String, String> names = names(r);
    var pseudonymised = Pseudonymiser.apply(text, names);
    ExtractedText safe = pseudonymised.text();
    Map<String, Long> speakers = speakers(text, safe, names);
    progress.at("Saving the turns", 2L * r.bytes().length / 3, r.bytes().length);
    EvidenceSource source = sources.add(r.projectId(), r.details(), SourceMedia.TEXT, safe, r.fileName(),
        mediaType(r.fileName()), speakers);
    Map<String, Map.Entry<String, Integer>> used = new LinkedHashMap<>();
    pseudonymised.replacements().stream().filter(x -> x.count() > 0)
        .forEach(x -> used.put(x.original(), Map.entry(x.pseudonym(), x.count())));
    key.record(r.projectId(), source.id(), used);
    return new Result(source, safe.warnings());
  }

  private Result picture(Request r) {
    PictureInfo info = SourceFiles.readPicture(r.fileName(), r.bytes());
    String description = r.details().getDescription() == null || r.details().getDescription().isBlank()
        ? r.details().getName() : r.details().getDescription().strip();
    ExtractedText text = new ExtractedText(description, List.of(new Segment(0, description.length(), null, null, null)),
        "picture", List.of());
    EvidenceSource source = sources.add(r.projectId(), r.details(), SourceMedia.PICTURE, text, r.fileName(),
        info.mediaType(), Map.of());
    sources.keepFile(source.id(), r.fileName(), info.mediaType(), r.bytes());
    return new Result(sources.get(source.id()), List.of());
  }

  /** The names to replace: the network's people (by their pseudonyms) and the researcher's list. */
  private Map<String, String> names(Request r) {
    Map<String, String> names = new HashMap<>(r.replaceNetworkNames() ? people.namesToPseudonyms() : Map.of());
    int n = 0;
    for (String name : r.otherNames() == null ? List.<String>of() : r.otherNames()) {
      if (!name.isBlank() && !names.containsKey(name.strip())) {
        names.put(name.strip(), "Person " + (char) ('A' + n % 26) + (n >= 26 ? String.valueOf(n / 26) : ""));
        n++;
      }
    }
    return names;
  }

  /**
   * Speaker labels that were names of people in the network: their turns are attributed to them,
   * which needs their research-use consent; without it the import is refused, naming them.
   */
  private Map<String, Long> speakers(ExtractedText original, ExtractedText text, Map<String, String> names) {
    Map<String, Long> byPseudonym = people.pseudonymsToPeople();
    Map<String, String> nameOf = new HashMap<>();
    names.forEach((name, pseudonym) -> nameOf.put(pseudonym, name));
    java.util.Set<String> shared = people.sharedNames();
    Map<String, Long> speakers = new HashMap<>();
    for (int i = 0; i < text.segments().size(); i++) {
      String label = text.segments().get(i).speakerLabel();
      // The label as written, before names were replaced: a pseudonym written there names one person.
      String written = original.segments().get(i).speakerLabel();
      Long person = label == null ? null : byPseudonym.get(label);
      if (person == null || speakers.containsKey(label)) {
        continue;
      }
      if (written != null && shared.contains(written.strip())) {
        // Namesakes: attributing the turns by name could give them (and check the consent of) the wrong person.
        throw new Conflict("file", "More than one person in the network is called " + written.strip()
            + ", so whose turns these are cannot be told. Write that speaker's pseudonym instead of their name in"
            + " the file (their person page shows it), then import it again.");
      }
      if (!people.consentedToResearch(person)) {
        throw new Conflict("file", nameOf.getOrDefault(label, label) + " speaks in this transcript but has no "
            + "consent to research use recorded. Ask the coordinator to record their consent to research use, or "
            + "take their turns out of the file, before importing it.");
      }
      speakers.put(label, person);
    }
    return speakers;
  }

  static boolean isPicture(String fileName) {
    String f = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
    return f.endsWith(".png") || f.endsWith(".jpg") || f.endsWith(".jpeg");
  }

  private static String mediaType(String fileName) {
    String f = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
    if (f.endsWith(".docx")) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    if (f.endsWith(".pdf")) {
      return "application/pdf";
    }
    if (f.endsWith(".vtt")) {
      return "text/vtt";
    }
    return f.endsWith(".srt") ? "application/x-subrip" : "text/plain";
  }
}
