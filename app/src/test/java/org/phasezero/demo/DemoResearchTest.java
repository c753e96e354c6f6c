package org.phasezero.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phasezero.support.OnDemoNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's research project, as `serve --demo` loads it: the forum's evaluation with its
 * transcripts, field notes and workshop map, a three-level codebook, and codings by two researchers
 * and a peer researcher that cut exactly the words they were meant to. Other test classes add their
 * own projects to this database: only the demo's is counted.
 */
@OnDemoNetwork
class DemoResearchTest {

  @Autowired
  JdbcClient db;

  long project;

  @BeforeEach
  void findTheProject() {
    List<Long> ids = db.sql("select id from research_project where name = ? and voided_at is null")
        .param(DemoResearch.PROJECT).query(Long.class).list();
    assertThat(ids).as("one demo research project").hasSize(1);
    project = ids.get(0);
  }

  @Test
  void theEvaluationHasAFocusGroupThreeInterviewsTwoMeetingsFieldNotesAndAWorkshopPhoto() {
    Map<String, Long> kinds = db.sql("select kind || ' ' || media k, count(*) n from evidence_source where project_id = ?"
            + " and voided_at is null group by kind, media").param(project)
        .query((rs, i) -> Map.entry(rs.getString("k"), rs.getLong("n"))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of("FOCUS_GROUP TEXT", 1L, "INTERVIEW TEXT", 3L,
        "FIELD_NOTES TEXT", 2L, "PLA_OUTPUT PICTURE", 1L));
    assertThat(turns("FOCUS_GROUP")).isBetween(60L, 90L);
    assertThat(db.sql("""
            select count(distinct speaker_label) from source_segment g join evidence_source s on s.id = g.source_id
            where s.project_id = ? and s.kind = 'FOCUS_GROUP'""").param(project).query(Long.class).single()).isEqualTo(8);
    // The field notes are of two of the forum's meetings, dated as the meetings.
    assertThat(db.sql("""
            select count(*) from evidence_source s join meeting m on m.id = s.meeting_id join shared_space p on p.id = m.space_id
            where s.project_id = ? and s.kind = 'FIELD_NOTES' and s.observed_on = m.held_on and p.name = ?""")
        .params(project, DemoResearch.FORUM).query(Long.class).single()).isEqualTo(2);
    byte[] png = db.sql("""
            select f.bytes from source_file f join evidence_source s on s.id = f.source_id
            where s.project_id = ? and f.path = 'workshop-map.png' and f.media_type = 'image/png'""")
        .param(project).query(byte[].class).single();
    assertThat(png).startsWith(0x89, 'P', 'N', 'G').hasSizeGreaterThan(10_000);
    assertThat(db.sql("select count(*) from memo where project_id = ? and voided_at is null").param(project)
        .query(Long.class).single()).isEqualTo(3);
    assertThat(db.sql("select username from project_member where project_id = ? and voided_at is null").param(project)
        .query(String.class).list()).containsExactlyInAnyOrderElementsOf(DemoResearch.CODERS);
  }

  @Test
  void theCodebookHasTwentySevenCodesOnThreeLevelsWithColours() {
    assertThat(db.sql("select count(*) from evidence_code where project_id = ? and voided_at is null").param(project)
        .query(Long.class).single()).isEqualTo(27);
    assertThat(db.sql("select count(*) from evidence_code where project_id = ? and parent_id is null").param(project)
        .query(Long.class).single()).isEqualTo(6);
    assertThat(db.sql("""
            select c.name from evidence_code c join evidence_code p on p.id = c.parent_id
            join evidence_code g on g.id = p.parent_id where c.project_id = ? order by c.name""")
        .param(project).query(String.class).list())
        .containsExactly("Benefits worries", "Broker burnout", "Crisis and the police", "Professional language",
            "Racism and detention", "Who sets the agenda");
    assertThat(db.sql("select color from evidence_code where project_id = ?").param(project).query(String.class).list())
        .allMatch(c -> c.matches("#[0-9a-f]{6}"));
  }

  @Test
  void twoResearchersAndAPeerResearcherCodedOverlappingPassages() {
    Map<String, Long> byCoder = db.sql("""
            select coder, count(*) n from coding where project_id = ? and round_id is null and voided_at is null
            group by coder""")
        .param(project).query((rs, i) -> Map.entry(rs.getString("coder"), rs.getLong("n"))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    // 75 by the evaluator were written; one passage was withdrawn by its speaker in a member check.
    assertThat(byCoder).containsExactlyInAnyOrderEntriesOf(Map.of("researcher", 108L, "evaluator", 74L, "peer", 66L));
    // Passages two or three coders gave the same code, for the agreement measures.
    assertThat(db.sql("""
            select count(*) from (select source_id, code_id, start_offset, end_offset from coding
              where project_id = ? and round_id is null and voided_at is null
              group by source_id, code_id, start_offset, end_offset
              having count(distinct coder) >= 2) shared""").param(project).query(Long.class).single()).isGreaterThan(60);
    // Every coding lies within its source.
    assertThat(db.sql("""
            select count(*) from coding g join evidence_source s on s.id = g.source_id
            where g.project_id = ? and (g.start_offset < 0 or g.end_offset > s.char_count or g.end_offset <= g.start_offset)""")
        .param(project).query(Long.class).single()).isZero();
  }

  @Test
  void threeParticipantsCheckedTheFindingsAndOneWithdrewAQuote() {
    List<Map<String, Object>> checks = db.sql("""
            select responded_how, overall_comment from member_check where project_id = ? and network_id is not null
            order by id""").param(project).query().listOfRows();
    assertThat(checks).hasSize(3);
    assertThat(checks).extracting(r -> String.valueOf(r.get("responded_how"))).containsExactly("LINK", "PAPER", "LINK");
    assertThat(db.sql("""
            select count(*) from member_check_theme t join member_check c on c.id = t.check_id
            where c.project_id = ? and t.response = 'DISAGREE' and t.comment is not null""")
        .param(project).query(Long.class).single()).isEqualTo(1);
    // The withdrawn quote's codings left the analysis, saying why.
    assertThat(db.sql("""
            select count(*) from member_check_quote q join member_check c on c.id = q.check_id
            where c.project_id = ? and q.response = 'WITHDRAW'""").param(project).query(Long.class).single())
        .isEqualTo(1);
    assertThat(db.sql("""
            select count(*) from coding where project_id = ? and void_reason like 'The speaker withdrew this quote%'""")
        .param(project).query(Long.class).single()).isPositive();
    // Each participant was shown only their own words.
    assertThat(db.sql("""
            select count(*) from member_check_quote q join member_check c on c.id = q.check_id
            where c.project_id = ? and not exists (select 1 from source_segment t where t.source_id = q.source_id
              and t.speaker_person_id = c.person_id and t.start_offset <= q.start_offset and q.end_offset <= t.end_offset)""")
        .param(project).query(Long.class).single()).isZero();
  }

  @Test
  void theFocusGroupWasCodedInAClosedBlindRoundWhoseDisagreementsArePartlySettled() {
    long round = db.sql("select id from coding_round where project_id = ? and status = 'CLOSED'").param(project)
        .query(Long.class).single();
    assertThat(db.sql("select username from coding_round_coder where round_id = ? order by username").param(round)
        .query(String.class).list()).containsExactly("evaluator", "peer", "researcher");
    // Each coder coded the focus group in the round exactly as in the project, and finished it.
    Map<String, Long> inRound = db.sql("""
            select coder, count(*) n from coding where round_id = ? and voided_at is null group by coder""")
        .param(round).query((rs, i) -> Map.entry(rs.getString("coder"), rs.getLong("n"))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Map<String, Long> inProject = db.sql("""
            select g.coder, count(*) n from coding g join coding_round_source x on x.source_id = g.source_id
            where x.round_id = ? and g.round_id is null and g.voided_at is null
            and g.code_id in (select code_id from coding_round_code where round_id = ?) group by g.coder""")
        .params(round, round).query((rs, i) -> Map.entry(rs.getString("coder"), rs.getLong("n"))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(inRound).isEqualTo(inProject).containsOnlyKeys("evaluator", "peer", "researcher");
    assertThat(db.sql("select count(*) from coding_round_finished where round_id = ?").param(round).query(Long.class)
        .single()).isEqualTo(3);
    // Agreement was kept: overall and one row per code in play, overall alpha defined.
    long codes = db.sql("select count(*) from coding_round_code where round_id = ?").param(round).query(Long.class)
        .single();
    assertThat(db.sql("select count(*) from coding_round_agreement where round_id = ?").param(round).query(Long.class)
        .single()).isEqualTo(codes + 1);
    Double alpha = db.sql("select alpha from coding_round_agreement where round_id = ? and code_key = 0").param(round)
        .query(Double.class).single();
    assertThat(alpha).isNotNull().isBetween(-1.0, 1.0);
    assertThat(db.sql("select count(*) from coding_round_decision where round_id = ?").param(round).query(Long.class)
        .single()).isEqualTo(3);
  }

  @Test
  void codingsCutTheWordsTheyWereMeantTo() {
    assertThat(coded("FOCUS_GROUP", "Paying for involvement", "researcher"))
        .contains("You wait six weeks for twenty-five pounds an hour.");
    assertThat(coded("FOCUS_GROUP", "Professional language", "researcher")).contains("Acronyms everywhere. CMHT, SPA, IAPT.");
    // A whole turn: from its speaker's label to its last word, without the line break.
    assertThat(coded("FOCUS_GROUP", "Racism and detention", "evaluator")).anySatisfy(t -> assertThat(t)
        .matches("\\p{L}+: On paper\\. .*My son went in the back of a police van\\..*handcuffs\\.").doesNotContain("\n"));
    assertThat(coded("PLA_OUTPUT", "Reliance on one broker", "evaluator")).containsExactly("too many lines to one person");
    assertThat(coded("INTERVIEW", "Broker burnout", "evaluator")).contains("We hold both sides and nobody holds us.");
  }

  @Test
  void linkedSpeakersStandOnBothSidesAndConsentedToResearch() {
    List<String> sides = db.sql("""
            select distinct o.side from source_segment g join evidence_source s on s.id = g.source_id
            join membership m on m.person_id = g.speaker_person_id and m.voided_at is null
            join organisation o on o.id = m.organisation_id where s.project_id = ?""")
        .param(project).query(String.class).list();
    assertThat(sides).contains("COMMUNITY", "STATUTORY");
    assertThat(db.sql("""
            select count(distinct g.speaker_person_id) from source_segment g join evidence_source s on s.id = g.source_id
            where s.project_id = ?""").param(project).query(Long.class).single()).isEqualTo(6);
    assertThat(db.sql("""
            select count(distinct g.speaker_person_id) from source_segment g join evidence_source s on s.id = g.source_id
            where s.project_id = ? and g.speaker_person_id is not null and not exists (select 1 from consent c
              where c.person_id = g.speaker_person_id and c.purpose = 'RESEARCH_USE' and c.withdrawn_on is null
              and c.voided_at is null)""").param(project).query(Long.class).single()).isZero();
  }

  private long turns(String kind) {
    return db.sql("""
            select count(*) from source_segment g join evidence_source s on s.id = g.source_id
            where s.project_id = ? and s.kind = ?""").params(project, kind).query(Long.class).single();
  }

  /** The words each coding of a code by a coder covers, in sources of a kind. */
  private List<String> coded(String kind, String code, String coder) {
    return db.sql("""
            select g.source_id, g.start_offset, g.end_offset from coding g join evidence_source s on s.id = g.source_id
            join evidence_code c on c.id = g.code_id where g.project_id = ? and s.kind = ? and c.name = ? and g.coder = ?
            and g.voided_at is null order by g.start_offset""")
        .params(project, kind, code, coder)
        .query((rs, i) -> text(rs.getLong(1)).substring(rs.getInt(2), rs.getInt(3))).list();
  }

  private String text(long source) {
    return String.join("", db.sql("select body from source_segment where source_id = ? order by seq").param(source)
        .query(String.class).list());
  }

  @Test
  void theCasesAreTheLinkedSpeakersTheVenuesAndTheObservedMeetings() {
    long speakers = db.sql("""
            select count(distinct t.speaker_person_id) from source_segment t join evidence_source s on s.id = t.source_id
            where s.project_id = ? and t.speaker_person_id is not null""").param(project).query(Long.class).single();
    assertThat(speakers).isGreaterThanOrEqualTo(6);
    assertThat(db.sql("select count(*) from evidence_case where project_id = ? and person_id is not null")
        .param(project).query(Long.class).single()).isEqualTo(speakers);
    assertThat(db.sql("""
            select count(*) from evidence_case c where c.project_id = ? and c.site_id is not null
              and exists (select 1 from case_source cs where cs.case_id = c.id)""").param(project).query(Long.class)
        .single()).isGreaterThanOrEqualTo(2);
    assertThat(db.sql("""
            select count(*) from case_source cs join evidence_case c on c.id = cs.case_id
            where c.project_id = ? and c.name = 'Forum meetings observed'""").param(project).query(Long.class).single())
        .isEqualTo(2);
    assertThat(db.sql("""
            select distinct x.var_value from case_value x join case_variable v on v.id = x.variable_id
            where v.project_id = ? and v.name = 'Side' order by 1""").param(project).query(String.class).list())
        .containsExactly("Community", "Statutory");
    assertThat(db.sql("select name from evidence_case where project_id = ? and person_id is not null").param(project)
        .query(String.class).list()).as("people are cases by pseudonym, never by name")
        .noneMatch(name -> db.sql("select count(*) from person where display_name = ?").param(name).query(Long.class)
            .single() > 0);
  }

  @Test
  void theThematicNetworkHasOneGlobalThemeThreeOrganisingAndSixBasicThemesOverTheCodes() {
    Map<String, Long> tiers = db.sql("""
            select t.tier, count(*) n from theme t join thematic_network n on n.id = t.network_id
            where n.project_id = ? and t.voided_at is null group by t.tier""").param(project)
        .query((rs, i) -> Map.entry(rs.getString("tier"), rs.getLong("n"))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(tiers).containsExactlyInAnyOrderEntriesOf(Map.of("GLOBAL", 1L, "ORGANISING", 3L, "BASIC", 6L));
    assertThat(db.sql("""
            select t.name from theme t join thematic_network n on n.id = t.network_id
            where n.project_id = ? and t.tier = 'GLOBAL'""").param(project).query(String.class).single())
        .isEqualTo(DemoResearch.GLOBAL_THEME);
    assertThat(db.sql("""
            select count(*) from theme_code tc join theme t on t.id = tc.theme_id join thematic_network n on n.id = t.network_id
            where n.project_id = ?""").param(project).query(Long.class).single()).isEqualTo(13);
    assertThat(db.sql("""
            select count(*) from coding g join theme_code tc on tc.code_id = g.code_id join theme t on t.id = tc.theme_id
            join thematic_network n on n.id = t.network_id where n.project_id = ? and g.voided_at is null""")
        .param(project).query(Long.class).single()).as("every basic theme traces to coded passages").isGreaterThan(60);
    // Frozen as presented to the forum, before the member checks: all ten themes kept.
    assertThat(db.sql("""
            select count(*) from theme_version_row r join theme_network_version v on v.id = r.version_id
            join thematic_network n on n.id = v.network_id where n.project_id = ?""").param(project)
        .query(Long.class).single()).isEqualTo(10);
  }
}
