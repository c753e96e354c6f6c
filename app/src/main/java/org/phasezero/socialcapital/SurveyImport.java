package org.phasezero.socialcapital;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.phasezero.network.PersonReferences;
import org.phasezero.network.Side;
import org.phasezero.network.TieForm;
import org.phasezero.network.TieKind;
import org.phasezero.network.Ties;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.PlausibleDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ties from a network survey: a name-generator questionnaire ("whom do you go to about …?") saved as
 * CSV with a row per answer. Columns: {@code respondent} and {@code alter} (required: a person's
 * full name as recorded, or their email address), and optionally {@code kind} (bonding, bridging or
 * linking), {@code trust} (1 to 5) and {@code since} (a date). Without a kind, the tie's kind follows
 * from where the two people stand: the same organisation is bonding, the community and the
 * statutory side is linking, anything else is bridging.
 *
 * <p>A dry run (the default) reads and checks every row and says what would be recorded, recording
 * nothing. A real run records every new tie in one transaction through the network's own service
 * (so each is audited as any tie is), or none when any row is wrong. A pair already tied, or named
 * twice in the file, is left as it is. Imports run one at a time, so two at once cannot both record
 * the same new pair. For coordinators only: the survey names people across organisations.
 */
@Service
public class SurveyImport {

  /** The most rows one survey file may hold, and its largest size in characters. */
  public static final int MAX_ROWS = 5000;
  public static final int MAX_CHARS = 2_000_000;

  public enum Status { NEW, ALREADY_TIED, REPEATED, ERROR }

  public record Row(long line, String respondent, String alter, TieKind kind, Integer trust, Status status,
      String message) {}

  public record Result(boolean dryRun, int rows, int recorded, int toRecord, int errors, List<Row> details) {}

  private final JdbcClient db;
  private final Ties ties;
  private final PersonReferences references;
  private final TransactionTemplate transaction;

  SurveyImport(JdbcClient db, Ties ties, PersonReferences references, TransactionTemplate transaction) {
    this.db = db;
    this.ties = ties;
    this.references = references;
    this.transaction = transaction;
  }

  public synchronized Result run(String csv, boolean dryRun) {
    if (!CurrentUser.require().isCoordinator()) {
      throw new Forbidden("Only a coordinator can import a network survey.");
    }
    if (csv == null || csv.isBlank()) {
      throw new IllegalArgumentException("The survey file is empty.");
    }
    if (csv.length() > MAX_CHARS) {
      throw new IllegalArgumentException("The survey file is too large (at most " + MAX_CHARS + " characters).");
    }
    // A file saved by Excel as "CSV UTF-8" begins with a byte order mark, which is not part of the first column's name.
    List<CSVRecord> records = parse(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
    Map<String, List<Long>> byName = new HashMap<>();
    Map<String, List<Long>> byEmail = new HashMap<>();
    db.sql("select id, display_name, email from person where voided_at is null").query((rs, i) -> {
      byName.computeIfAbsent(IncomingText.key(rs.getString("display_name")), k -> new ArrayList<>()).add(rs.getLong("id"));
      String email = rs.getString("email");
      if (email != null && !email.isBlank()) {
        byEmail.computeIfAbsent(email.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(rs.getLong("id"));
      }
      return null;
    }).list();
    Set<String> tied = new HashSet<>();
    db.sql("select from_person_id, to_person_id from tie where voided_at is null and from_person_id is not null"
        + " and to_person_id is not null").query((rs, i) -> tied.add(pair(rs.getLong(1), rs.getLong(2)))).list();
    Map<Long, PersonReferences.Placement> placements = references.placements();

    List<Row> rows = new ArrayList<>();
    List<TieForm> forms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CSVRecord r : records) {
      String respondent = value(r, "respondent");
      String alter = value(r, "alter");
      try {
        long from = person(respondent, "respondent", byName, byEmail);
        long to = person(alter, "alter", byName, byEmail);
        if (from == to) {
          throw new IllegalArgumentException("A person cannot name themselves.");
        }
        TieKind kind = kind(value(r, "kind"), placements.get(from), placements.get(to));
        Integer trust = trust(value(r, "trust"));
        LocalDate since = since(value(r, "since"));
        String key = pair(from, to);
        Status status = tied.contains(key) ? Status.ALREADY_TIED : !seen.add(key) ? Status.REPEATED : Status.NEW;
        rows.add(new Row(r.getRecordNumber() + 1, respondent, alter, kind, trust, status, null));
        if (status == Status.NEW) {
          TieForm f = new TieForm();
          f.setFromPersonId(from);
          f.setToPersonId(to);
          f.setKind(kind);
          f.setTrust(trust);
          f.setSince(since);
          f.setNotes("From a network survey");
          forms.add(f);
        }
      } catch (IllegalArgumentException e) {
        rows.add(new Row(r.getRecordNumber() + 1, respondent, alter, null, null, Status.ERROR, e.getMessage()));
      }
    }
    int errors = (int) rows.stream().filter(x -> x.status() == Status.ERROR).count();
    int recorded = 0;
    if (!dryRun && errors == 0 && !forms.isEmpty()) {
      transaction.executeWithoutResult(s -> forms.forEach(ties::create));
      recorded = forms.size();
    }
    return new Result(dryRun, rows.size(), recorded, forms.size(), errors, rows);
  }

  private static List<CSVRecord> parse(String csv) {
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get().parse(new StringReader(csv))) {
      if (!parser.getHeaderMap().containsKey("respondent") || !parser.getHeaderMap().containsKey("alter")) {
        throw new IllegalArgumentException("The survey needs columns 'respondent' and 'alter' (found "
            + parser.getHeaderNames() + ").");
      }
      List<CSVRecord> records = new ArrayList<>();
      for (CSVRecord r : parser) {
        if (records.size() == MAX_ROWS) {
          throw new IllegalArgumentException("A survey file may hold at most " + MAX_ROWS + " rows.");
        }
        records.add(r);
      }
      return records;
    } catch (IOException | IllegalStateException | UncheckedIOException e) {
      // Read from a string, so nothing here is an I/O failure: the file is not well-formed CSV.
      throw new IllegalArgumentException("The survey file is not readable as CSV: a quotation mark may be missing."
          + " Open it in a spreadsheet and save it as CSV again.");
    }
  }

  private static String value(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column) ? IncomingText.clean(r.get(column)).strip() : "";
  }

  private static long person(String text, String column, Map<String, List<Long>> byName,
      Map<String, List<Long>> byEmail) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("The " + column + " is missing.");
    }
    List<Long> found = text.contains("@") ? byEmail.get(text.toLowerCase(Locale.ROOT)) : byName.get(IncomingText.key(text));
    if (found == null || found.isEmpty()) {
      throw new IllegalArgumentException("No one in the network is called '" + text + "'.");
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException(found.size() + " people are called '" + text
          + "': use their email address instead.");
    }
    return found.get(0);
  }

  private static TieKind kind(String text, PersonReferences.Placement a, PersonReferences.Placement b) {
    if (!text.isEmpty()) {
      try {
        return TieKind.valueOf(text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("The kind '" + text + "' is not bonding, bridging or linking.");
      }
    }
    if (a != null && b != null && a.organisationId() == b.organisationId()) {
      return TieKind.BONDING;
    }
    if (a != null && b != null && (a.side() == Side.COMMUNITY && b.side() == Side.STATUTORY
        || a.side() == Side.STATUTORY && b.side() == Side.COMMUNITY)) {
      return TieKind.LINKING;
    }
    return TieKind.BRIDGING;
  }

  private static Integer trust(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      int t = Integer.parseInt(text);
      if (t >= 1 && t <= 5) {
        return t;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException("Trust is a whole number from 1 to 5, not '" + text + "'.");
  }

  private static LocalDate since(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(text);
      PlausibleDates.require(d);
      return d;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(PlausibleDates.MESSAGE);
    }
  }

  private static String pair(long a, long b) {
    return Math.min(a, b) + "-" + Math.max(a, b);
  }
}
