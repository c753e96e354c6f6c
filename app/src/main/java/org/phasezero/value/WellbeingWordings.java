package org.phasezero.value;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.phasezero.analysis.wellbeing.WellbeingScale;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scales' licensed wording, one per scale and language. Only a coordinator enters it, saying
 * under which registration; questionnaires fall back to English where a language has none yet.
 */
@Service
public class WellbeingWordings {

  /** The languages a questionnaire may be worded in: those the pages speak. */
  public static final List<String> LANGUAGES = List.of("en", "ur", "bn");

  private final JdbcClient db;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WellbeingWordings(JdbcClient db, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.events = events;
    this.clock = clock;
  }

  public Optional<WellbeingWording> get(WellbeingScale scale, String language) {
    return db.sql("select * from wellbeing_wording where scale = ? and language = ?")
        .params(scale.name(), language).query(WellbeingWordings::map).optional();
  }

  /** The wording a questionnaire is shown in: the language asked for, else English, else none. */
  public Optional<WellbeingWording> forQuestionnaire(WellbeingScale scale, String language) {
    return get(scale, language).or(() -> get(scale, "en"));
  }

  @Transactional
  public WellbeingWording save(WellbeingScale scale, String language, WellbeingWordingForm f) {
    if (!CurrentUser.require().isCoordinator()) {
      throw new Forbidden("Only a coordinator can enter a questionnaire's wording.");
    }
    if (!LANGUAGES.contains(language)) {
      throw new Conflict("language", "Wording can be entered in English (en), Urdu (ur) or Bengali (bn).");
    }
    List<String> items = WellbeingWordingForm.lines(f.getItems());
    if (items.size() != scale.items()) {
      throw new Conflict("items", scale + " has " + scale.items() + " statements; " + items.size()
          + " lines were entered. Put each statement on a line of its own.");
    }
    List<String> answers = WellbeingWordingForm.lines(f.getAnswers());
    if (answers.size() != 5) {
      throw new Conflict("answers", "Enter the five answers, one per line, from 1 (lowest) to 5; "
          + answers.size() + " lines were entered.");
    }
    Optional<WellbeingWording> before = get(scale, language);
    Timestamp now = Timestamp.from(clock.instant());
    String user = CurrentUser.require().username();
    if (before.isEmpty()) {
      Unique.orConflict("items", "This wording was entered meanwhile; open it again to change it.",
          () -> db.sql("""
              insert into wellbeing_wording (scale, language, intro, items, answers, registration, updated_by,
                updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
              .params(scale.name(), language, f.getIntro().strip(), String.join("\n", items),
                  String.join("\n", answers), f.getRegistration().strip(), user, now).update());
    } else {
      int n = db.sql("""
              update wellbeing_wording set intro = ?, items = ?, answers = ?, registration = ?, updated_by = ?,
                updated_at = ?, version = version + 1 where scale = ? and language = ? and version = ?""")
          .params(f.getIntro().strip(), String.join("\n", items), String.join("\n", answers),
              f.getRegistration().strip(), user, now, scale.name(), language,
              f.getVersion() == null ? before.get().version() : f.getVersion())
          .update();
      OptimisticLock.requireUpdated(n, "wording");
    }
    WellbeingWording after = get(scale, language).orElseThrow();
    events.publishEvent(before.isEmpty()
        ? AuditedAction.created("wellbeing-wording", scale + "/" + language, scale + " wording in " + language
            + " entered under registration " + after.registration(), after)
        : AuditedAction.updated("wellbeing-wording", scale + "/" + language, scale + " wording in " + language
            + " changed", before.get(), after));
    return after;
  }

  static WellbeingWording map(ResultSet rs, int row) throws SQLException {
    return new WellbeingWording(WellbeingScale.valueOf(rs.getString("scale")), rs.getString("language"),
        rs.getString("intro"), WellbeingWordingForm.lines(rs.getString("items")),
        WellbeingWordingForm.lines(rs.getString("answers")), rs.getString("registration"),
        rs.getString("updated_by"), Rows.instant(rs, "updated_at"), rs.getInt("version"));
  }
}
