package org.phasezero.value;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an evidence pack says, as statutory partners may see it: aggregates only, any count of
 * people under the small-number threshold withheld (null). Kept as JSON with the pack, so the pack
 * never changes once made, and hashed, so that regenerating it from the same records can be shown
 * to give the same figures.
 *
 * @param provenance each headline figure with the records it comes from
 * @param games value games played in the period (format 2 on; left out of a format-1 pack's JSON)
 * @param network linking ties and reach before the period and at its end (format 2 on)
 * @param themes the chosen thematic network's themes with consented quotes (format 2 on; null when
 *     none was chosen)
 */
public record PackContent(String partnership, String phase, LocalDate from, LocalDate to, List<Move> phases,
    Activities activities, Money money, Sroi sroi, List<Wellbeing> wellbeing, List<IndicatorValue> indicators,
    List<String> caveats, List<Trace> provenance, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Game> games,
    @JsonInclude(JsonInclude.Include.NON_NULL) SideBySide.PublicValue network,
    @JsonInclude(JsonInclude.Include.NON_NULL) Themes themes) {

  /**
   * What the research found, as a thematic network: each theme from the global one down, with how
   * many coded passages from each side support it (null when under the small-number threshold) and,
   * for a basic theme, up to {@link #QUOTES} quotes from turns whose speakers' consent stands, each
   * with its speaker's side only.
   */
  public record Themes(String network, List<ThemeRow> rows) {}

  public record ThemeRow(String name, String tier, int depth, Long community, Long statutory, List<Quote> quotes) {}

  public record Quote(String text, String side) {}

  /** How many quotes a basic theme carries in a pack. */
  public static final int QUOTES = 2;

  /**
   * The format new packs are made in. 1: activities, money, SROI, wellbeing, indicators, phases,
   * caveats and provenance; 2 adds the value games and the network's change. A pack is rebuilt in
   * the format it was made in, so adding a section never makes an earlier pack fail its check.
   */
  public static final int FORMAT = 2;

  /**
   * A value game played in the period and what its last round said: how many played on each side
   * (null when withheld) and each outcome's value for everyone and for each side. A side's value is
   * withheld (null) when fewer of that side played than the small-number threshold, since a median
   * of one or two is a person's own placement.
   */
  public record Game(String title, LocalDate playedOn, int round, Integer communityPlayers, Integer statutoryPlayers,
      List<GameValue> outcomes) {}

  public record GameValue(String outcome, BigDecimal everyone, BigDecimal community, BigDecimal statutory) {}

  /** Another indicator's value recorded for a period inside the pack's, with its source. */
  public record IndicatorValue(String name, LocalDate from, LocalDate to, BigDecimal amount, String unit,
      String source) {}

  /** A move of the partnership along the phases, as recorded. */
  public record Move(LocalDate on, String to, String reason) {}

  /** What was delivered: meetings held, attendances and different people (null when withheld). */
  public record Activities(long meetings, Long attendances, Long people, long paidClaims) {}

  /** What the work cost, by source, as the account counts it (once). */
  public record Money(BigDecimal funding, BigDecimal involvementPayments, BigDecimal involvementInsideFunding,
      BigDecimal resourcesMoney, BigDecimal resourcesTime, BigDecimal other, BigDecimal total) {}

  /** The SROI: result, its simulated range, the assumptions that matter most, and its conventions. */
  public record Sroi(String title, BigDecimal totalInputs, BigDecimal presentValue, BigDecimal netPresentValue,
      double ratio, double ratioP5, double ratioP95, double shareAtLeastOne, int simulations, String discount,
      boolean yearOneDiscounted, List<Stakeholder> stakeholders, List<Sensitivity> sensitivity,
      boolean flaggedProxies) {}

  public record Stakeholder(String name, BigDecimal presentValue, double share) {}

  /** One assumption's swing: the ratio at its low and high ends, and its break-even value (or null). */
  public record Sensitivity(String outcome, String assumption, double ratioAtLow, double ratioAtHigh,
      Double breakEven) {}

  /** A wellbeing measure's change from the baseline to the latest follow-up (null where withheld). */
  public record Wellbeing(String title, String scale, int followUp, Integer people, Double meanChange,
      Double ciLow, Double ciHigh, Integer improved, double threshold) {}

  /** A headline figure and where it comes from. */
  public record Trace(String figure, String value, String from) {}
}
