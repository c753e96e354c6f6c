package org.phasezero.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.phasezero.evidence.files.Segment;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.evidence.internal.SegmentStore;
import org.phasezero.network.PersonReferences;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Spreadsheets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The de-identified research export of a project: a zip of CSV tables (sources, turns, codes,
 * codings, cases) for analysis outside the platform or for an archive. People appear by pseudonym
 * only, and speakers linked to no one in the network as Speaker 1, Speaker 2… (a transcript's
 * label is often a first name); texts are the words spoken, without the speaker label a turn starts
 * with; turns of anyone whose research-use consent does not stand today are left out, with the
 * passages coded in them; coders appear as Coder A, Coder B…; memos stay in the platform (they are
 * free text about people). The pseudonym key is never inside: the coordinator downloads it apart.
 * Names inside what people said are replaced only where the sources were imported with names to
 * replace; the README says which, so that no one shares the file believing otherwise.
 */
@Service
public class ResearchExport {

  private static final String README = """
      De-identified research export of '%s', taken on %s.

      sources.csv  one row per source: its id, kind, name, date observed and number of turns
      turns.csv    every turn, timed cue or paragraph, with its speaker's pseudonym and side
      codes.csv    the codebook, with each code's path from the top of the tree
      codings.csv  every passage coded: code, source, character range [start, end), words, coder
                   (each coding's GUID is the one the REFI-QDA project export gives it)
      cases.csv    the cases with their attribute values and linked sources

      People are named by pseudonym only; speakers linked to no one in the network are numbered
      (Speaker 1, Speaker 2 and so on), and texts leave out the speaker label each turn starts with.
      %s The key that links pseudonyms to names is not in this file and stays with the coordinator.
      Turns of %d speakers whose consent to research use does not stand were left out, with the
      passages coded in them. Coders are named Coder A, Coder B and so on. Memos are not included.
      Cases imported from other tools keep the names those tools gave them: check them before
      sharing this file.
      """;

  private static final String NAMES_REPLACED = """
      Names in what people said were replaced by pseudonyms when the sources were imported (%d
      names), but only the names given at import: read the texts before sharing this file.""";

  private static final String NAMES_NOT_REPLACED = """
      NAMES IN WHAT PEOPLE SAID HAVE NOT BEEN REPLACED: these sources were imported without names
      to replace, so the texts may name people. Read them, and remove or replace names, before
      sharing this file.""";

  private final JdbcClient db;
  private final ResearchProjects projects;
  private final Sources sources;
  private final SegmentStore segments;
  private final Codebook codebook;
  private final Cases cases;
  private final PersonReferences people;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ResearchExport(JdbcClient db, ResearchProjects projects, Sources sources, SegmentStore segments, Codebook codebook,
      Cases cases, PersonReferences people, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.projects = projects;
    this.sources = sources;
    this.segments = segments;
    this.codebook = codebook;
    this.cases = cases;
    this.people = people;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The zip's bytes, read in one transaction (one consistent state of the project), which also
   * records the export in the audit trail: who, which project, how many turns and codings.
   */
  @Transactional
  public byte[] zip(long projectId) {
    ProjectAccess.requireResearchExporter(CurrentUser.require());
    ResearchProject project = projects.get(projectId);
    Map<Long, Boolean> consented = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    List<List<Object>> sourceRows = new ArrayList<>();
    List<List<Object>> turnRows = new ArrayList<>();
    Map<Long, List<SegmentStore.Row>> leftOut = new HashMap<>();
    Map<Long, List<SegmentStore.Row>> kept = new HashMap<>();
    Map<String, String> unlinked = new HashMap<>();
    int[] excludedSpeakers = {0};
    for (EvidenceSource s : sources.ofProject(projectId)) {
      List<SegmentStore.Row> rows = segments.all(s.id());
      sourceRows.add(List.of(s.guid(), s.kind().name(), s.name(), s.observedOn() == null ? "" : s.observedOn(),
          rows.size()));
      for (SegmentStore.Row t : rows) {
        Long person = t.speakerPersonId();
        boolean keep = t.withheldReason() == null && (person == null || consented.computeIfAbsent(person, p -> {
          boolean yes = people.consentedToResearch(p);
          excludedSpeakers[0] += yes ? 0 : 1;
          return yes;
        }));
        if (!keep) {
          leftOut.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(t);
          continue;
        }
        kept.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(t);
        String speaker = person != null ? names.computeIfAbsent(person, people::researchName)
            : t.speakerLabel() == null || t.speakerLabel().isBlank() ? ""
            : unlinked.computeIfAbsent(t.speakerLabel().strip().toLowerCase(Locale.ROOT),
                label -> "Speaker " + (unlinked.size() + 1));
        String side = person == null ? "" : people.sideOf(person, List.of()).map(Cases::sideWord).orElse("");
        turnRows.add(List.of(s.guid(), t.seq(), speaker, side, blank(t.startMillis()),
            blank(t.endMillis()), Segment.spoken(t.body(), t.speakerLabel())));
      }
    }
    Map<Long, String> paths = new LinkedHashMap<>();
    List<List<Object>> codeRows = new ArrayList<>();
    Map<Long, Code> byId = new HashMap<>();
    for (Code c : codebook.tree(projectId)) {
      byId.put(c.id(), c);
      String path = c.parentId() == null || !paths.containsKey(c.parentId()) ? c.name()
          : paths.get(c.parentId()) + " / " + c.name();
      paths.put(c.id(), path);
      codeRows.add(List.of(c.guid(), c.parentId() == null || byId.get(c.parentId()) == null ? ""
          : byId.get(c.parentId()).guid(), path, c.name(), c.description() == null ? "" : c.description()));
    }
    Map<String, String> coders = new LinkedHashMap<>();
    List<List<Object>> codingRows = new ArrayList<>();
    db.sql("""
            select g.id, g.guid, g.code_id, g.source_id, g.start_offset, g.end_offset, g.coder, g.region, s.guid source_guid
            from coding g join evidence_source s on s.id = g.source_id and s.voided_at is null
            where g.project_id = ? and g.round_id is null and g.voided_at is null order by g.source_id, g.start_offset, g.id""")
        .param(projectId).query((rs, i) -> {
          long source = rs.getLong("source_id");
          int start = rs.getInt("start_offset");
          int end = rs.getInt("end_offset");
          boolean inLeftOut = leftOut.getOrDefault(source, List.of()).stream()
              .anyMatch(t -> t.start() < Math.max(end, start + 1) && start < t.end());
          String path = paths.get(rs.getLong("code_id"));
          if (!inLeftOut && path != null) {
            String coder = coders.computeIfAbsent(rs.getString("coder"), c -> "Coder " + letters(coders.size()));
            codingRows.add(List.of(Coding.guid(rs.getString("guid"), project.guid(), rs.getLong("id")),
                byId.get(rs.getLong("code_id")).guid(), path, rs.getString("source_guid"), start, end,
                rs.getString("region") == null ? "" : rs.getString("region"),
                spoken(kept.getOrDefault(source, List.of()), start, end), coder));
          }
          return null;
        }).list();
    List<CaseVariable> variables = cases.variables(projectId);
    List<String> caseHeadings = new ArrayList<>(List.of("case_guid", "name", "kind"));
    variables.forEach(v -> caseHeadings.add(v.name()));
    caseHeadings.add("source_guids");
    List<List<Object>> caseRows = new ArrayList<>();
    for (EvidenceCase c : cases.ofProject(projectId)) {
      List<Object> row = new ArrayList<>(List.of(c.guid(), c.name(), c.kind().name()));
      variables.forEach(v -> row.add(c.values().getOrDefault(v.name(), "")));
      row.add(String.join(" ", cases.linkedSources(c.id()).stream()
          .map(s -> sources.get(s.getKey()).guid()).toList()));
      caseRows.add(row);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
      int replaced = db.sql("select count(*) from pseudonym_key where project_id = ?").param(projectId)
          .query(Integer.class).single();
      String namesNote = replaced > 0 ? NAMES_REPLACED.formatted(replaced) : NAMES_NOT_REPLACED;
      entry(zip, "README.txt", README.formatted(project.name(), today, namesNote.strip(), excludedSpeakers[0]).getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
      entry(zip, "sources.csv", csv(List.of("source_guid", "kind", "name", "observed_on", "turns"), sourceRows));
      entry(zip, "turns.csv", csv(List.of("source_guid", "turn", "speaker", "side", "start_ms", "end_ms", "text"),
          turnRows));
      entry(zip, "codes.csv", csv(List.of("code_guid", "parent_guid", "path", "name", "description"), codeRows));
      entry(zip, "codings.csv", csv(List.of("coding_guid", "code_guid", "code_path", "source_guid", "start", "end",
          "picture_region", "text", "coder"), codingRows));
      entry(zip, "cases.csv", csv(caseHeadings, caseRows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    events.publishEvent(new AuditedAction("EXPORT", "research_project", String.valueOf(projectId),
        "De-identified research export of '" + project.name() + "' taken: " + turnRows.size() + " turns, "
            + codingRows.size() + " codings, " + caseRows.size() + " cases", null,
        Map.of("turns", turnRows.size(), "codings", codingRows.size(), "speakersLeftOut", excludedSpeakers[0])));
    return bytes.toByteArray();
  }

  /**
   * The words of a coded passage, [start, end) of its source, without the speaker labels of the
   * turns it covers: a passage that starts a turn starts after the label.
   */
  static String spoken(List<SegmentStore.Row> turns, int start, int end) {
    StringBuilder b = new StringBuilder(Math.max(0, end - start));
    for (SegmentStore.Row t : turns) {
      int label = t.body().length() - Segment.spoken(t.body(), t.speakerLabel()).length();
      int from = Math.max(start, t.start() + label);
      int to = Math.min(end, t.end());
      if (from < to) {
        b.append(t.body(), from - t.start(), to - t.start());
      }
    }
    return b.toString();
  }

  /** A, B … Z, AA, AB …: short labels that say nothing about who coded. */
  static String letters(int n) {
    String s = "";
    int i = n;
    do {
      s = (char) ('A' + i % 26) + s;
      i = i / 26 - 1;
    } while (i >= 0);
    return s;
  }

  private static Object blank(Long n) {
    return n == null ? "" : n;
  }

  private static byte[] csv(List<String> headings, List<List<Object>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Spreadsheets.csv(headings, rows, out);
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }
}
