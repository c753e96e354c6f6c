package org.phasezero.evidence.rounds.web;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.rounds.CodingRound;
import org.phasezero.evidence.rounds.CodingRounds;
import org.phasezero.evidence.rounds.ReliabilityUnits;
import org.phasezero.evidence.rounds.RoundUnit;
import org.phasezero.shared.Spreadsheets;
import org.springframework.http.ResponseEntity;

/**
 * What a round's agreement means, in words (shown on the page and returned by the API), and the
 * reliability data as CSV: one row per unit and code, one column per coder, 1 or 0, empty where the
 * coder did not finish the unit's source.
 */
final class RoundWords {

  static final String UNIT = "segment: a turn of a transcript, or a paragraph of a source without turns";
  static final String LEVEL = "nominal, binary: for each unit and code, applied (1) or not (0)";
  static final List<String> CONVENTIONS = List.of(
      "A coder applied a code to a unit if any of their codings with that code overlaps the unit.",
      "A coder saw a unit if they marked its source finished; a unit they did not see is missing, not 0.",
      "Percent agreement is the mean share of agreeing pairs of coders over the rows seen by two or more coders.",
      "Cohen's kappa is given with exactly two coders, on the rows both saw; Fleiss' kappa on the rows every coder saw.",
      "Krippendorff's alpha (nominal) uses every row seen by two or more coders; its 95% interval is a percentile "
          + "bootstrap over rows, 1,000 resamples, seeded so it can be reproduced.",
      "Unitised alpha compares the coded character spans themselves, over the sources every coder finished laid end "
          + "to end; a coder's overlapping spans of one code count as one, and picture regions are left out.",
      "Overall figures pool every unit and code; a figure that cannot be computed (no variation, too few coders) is "
          + "shown as not defined.");

  private RoundWords() {}

  /**
   * Marks a source finished; a second "finished" racing the first is answered as done, since the
   * source is finished either way (the database holds one row).
   */
  static void finish(CodingRounds rounds, long id, long sourceId) {
    try {
      rounds.finish(id, sourceId);
    } catch (org.phasezero.shared.Conflict e) {
      if (!rounds.finishedByMe(id).contains(sourceId)) {
        throw e;
      }
    }
  }

  static ResponseEntity<byte[]> unitsCsv(CodingRounds rounds, org.phasezero.evidence.rounds.RoundResults results,
      long id) {
    CodingRound round = rounds.get(id);
    ReliabilityUnits u = results.units(id);
    Map<Long, String> codeNames = new HashMap<>();
    Map<Long, String> sourceNames = new HashMap<>();
    var setup = rounds.setup(id);
    setup.codes().forEach(c -> codeNames.put(c.id(), c.name()));
    setup.sources().forEach(s -> sourceNames.put(s.id(), s.name()));
    List<String> headings = new ArrayList<>(List.of("source_id", "source", "turn", "segment_id", "code_id", "code"));
    headings.addAll(u.coders());
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < u.units().size(); i++) {
      RoundUnit unit = u.units().get(i);
      for (int c = 0; c < u.codeIds().size(); c++) {
        long code = u.codeIds().get(c);
        List<Object> row = new ArrayList<>(List.of(unit.sourceId(), sourceNames.get(unit.sourceId()), unit.seq() + 1,
            unit.segmentId(), code, codeNames.get(code)));
        for (int k = 0; k < u.coders().size(); k++) {
          int v = u.cell(i, c, k);
          row.add(v < 0 ? null : v);
        }
        rows.add(row);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Spreadsheets.csv(headings, rows, out);
    results.auditUnitsDownload(round, rows.size());
    return ResponseEntity.ok().header("Content-Type", "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"round-" + id + "-units.csv\"")
        .body(out.toByteArray());
  }
}
