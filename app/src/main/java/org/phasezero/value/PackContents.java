package org.phasezero.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.phasezero.analysis.value.SensitivityRow;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Dates;
import org.phasezero.shared.Money;
import org.phasezero.shared.SmallNumbers;
import org.phasezero.value.AccountInputs.Source;
import org.phasezero.value.game.Cohort;
import org.phasezero.value.game.GameResult;
import org.phasezero.value.game.ValueGame;
import org.phasezero.value.game.ValueGames;
import org.phasezero.evidence.themes.ThemeEvidence;
import org.phasezero.network.Side;
import org.phasezero.value.internal.Ledger;
import org.phasezero.value.internal.NetworkChange;
import org.springframework.stereotype.Service;

/**
 * Builds what an evidence pack says from the records, as statutory partners may see it, whoever
 * builds it: activities and money from the ledger, the SROI of the chosen account, each wellbeing
 * measure's change with small numbers withheld, the value games played, the phase history, the
 * caveats, and where each
 * headline figure comes from. Deterministic: the same records give the same content (the
 * simulation is seeded by the account).
 */
@Service
public class PackContents {

  /** How many of the assumptions with the widest swing in the ratio the pack shows. */
  static final int SENSITIVITIES = 5;

  private final Partnerships partnerships;
  private final Ledger ledger;
  private final SroiAccounts accounts;
  private final SroiResults results;
  private final WellbeingMeasures measures;
  private final WellbeingChanges changes;
  private final SmallNumbers smallNumbers;
  private final Indicators indicators;
  private final ValueGames games;
  private final NetworkChange networkChange;
  private final ThemeEvidence themeEvidence;
  private final org.phasezero.evidence.ResearchProjects projects;
  private final org.phasezero.evidence.themes.ThematicNetworks networks;

  PackContents(Partnerships partnerships, Ledger ledger, SroiAccounts accounts, SroiResults results,
      WellbeingMeasures measures, WellbeingChanges changes, SmallNumbers smallNumbers, Indicators indicators,
      ValueGames games, NetworkChange networkChange, ThemeEvidence themeEvidence,
      org.phasezero.evidence.ResearchProjects projects, org.phasezero.evidence.themes.ThematicNetworks networks) {
    this.themeEvidence = themeEvidence;
    this.projects = projects;
    this.networks = networks;
    this.games = games;
    this.networkChange = networkChange;
    this.indicators = indicators;
    this.partnerships = partnerships;
    this.ledger = ledger;
    this.accounts = accounts;
    this.results = results;
    this.measures = measures;
    this.changes = changes;
    this.smallNumbers = smallNumbers;
  }

  /** The content in the current format, without themes. */
  public PackContent build(long partnershipId, LocalDate from, LocalDate to, Long accountId) {
    return build(partnershipId, from, to, accountId, null, PackContent.FORMAT);
  }

  /** The content in a given format, without themes. */
  public PackContent build(long partnershipId, LocalDate from, LocalDate to, Long accountId, int format) {
    return build(partnershipId, from, to, accountId, null, format);
  }

  /** The content in a given format (see {@link PackContent#FORMAT}), with a thematic network's themes when given. */
  public PackContent build(long partnershipId, LocalDate from, LocalDate to, Long accountId, Long networkId,
      int format) {
    Partnership p = partnerships.get(partnershipId);
    List<PackContent.Trace> provenance = new ArrayList<>();
    SroiAccount account = null;
    if (accountId != null) {
      account = accounts.get(accountId);
      if (account.voided() || account.partnershipId() == null || account.partnershipId() != partnershipId) {
        throw new Conflict("sroiAccountId", "Choose a live SROI account of this partnership.");
      }
    }
    BigDecimal hourRate = account == null ? BigDecimal.ZERO : account.hourRate();
    AccountInputs inputs = ledger.read(partnershipId, from, to, hourRate,
        account == null ? List.of() : accounts.otherInputs(account.id()));
    AccountInputs.Outputs out = inputs.outputs();
    PackContent.Activities activities = new PackContent.Activities(out.meetings(), shown(out.attendances()),
        shown(out.people()), out.paidClaims());
    provenance.add(new PackContent.Trace("Meetings held", String.valueOf(out.meetings()),
        "Meetings of the partnership's shared spaces held " + Dates.inWords(from) + " to " + Dates.inWords(to)
            + ", not voided"));
    BigDecimal inside = inputs.lines().stream().filter(l -> l.source() == Source.INVOLVEMENT_PAYMENTS
        && !l.counted()).map(AccountInputs.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    PackContent.Money money = new PackContent.Money(inputs.total(Source.FUNDING),
        inputs.total(Source.INVOLVEMENT_PAYMENTS), inside, inputs.total(Source.RESOURCE_MONEY),
        inputs.total(Source.RESOURCE_HOURS), inputs.total(Source.OTHER), inputs.total());
    provenance.add(new PackContent.Trace("Inputs", Money.format(inputs.total()), describe(inputs)));

    PackContent.Sroi sroi = account == null ? null : sroi(account, provenance);
    List<PackContent.Wellbeing> wellbeing = new ArrayList<>();
    for (WellbeingMeasure m : measures.list(partnershipId)) {
      WellbeingSummary s = changes.forPublication(m.id());
      WellbeingSummary.Group g = s.overall();
      wellbeing.add(new PackContent.Wellbeing(m.title(), m.scale().name(), s.followUp(), g.n(), g.meanChange(),
          g.ciLow(), g.ciHigh(), g.improved(), m.threshold().doubleValue()));
      provenance.add(new PackContent.Trace("Wellbeing change: " + m.title(), g.withheld() ? "withheld (small numbers)"
          : g.meanChange() == null ? "no follow-up yet" : String.format(java.util.Locale.UK, "%+.2f", g.meanChange()),
          "Measure #" + m.id() + " (" + m.scale() + "): answers at the baseline and follow-up " + s.followUp()
              + ", rescored by the analysis library"));
    }
    List<PackContent.IndicatorValue> others = indicators.within(partnershipId, from, to).stream()
        .map(i -> new PackContent.IndicatorValue(i.name(), i.periodFrom(), i.periodTo(), i.amount(), i.unit(),
            i.source())).toList();
    others.forEach(i -> provenance.add(new PackContent.Trace(i.name(), i.amount().stripTrailingZeros()
        .toPlainString() + " " + i.unit(), "Recorded for " + Dates.inWords(i.from()) + " to "
        + Dates.inWords(i.to()) + " from " + i.source())));
    List<PackContent.Move> phases = partnerships.moves(partnershipId).stream()
        .map(mv -> new PackContent.Move(mv.movedOn(), mv.to().name(), mv.reason())).toList();
    return new PackContent(p.name(), p.phase().name(), from, to, phases, activities, money, sroi, wellbeing,
        others, caveats(account, sroi), provenance, format >= 2 ? games(partnershipId, from, to, provenance) : List.of(),
        format >= 2 ? network(partnershipId, from, to, provenance) : null,
        format >= 2 && networkId != null ? themes(networkId, provenance) : null);
  }

  /** The thematic networks the user may put in a pack: their projects', by project and name. */
  public List<org.phasezero.shared.Choice> networkChoices() {
    List<org.phasezero.shared.Choice> choices = new ArrayList<>();
    for (var project : projects.visible()) {
      networks.ofProject(project.id()).forEach(n -> choices.add(new org.phasezero.shared.Choice(n.id(),
          n.name() + " (" + project.name() + ")")));
    }
    return choices;
  }

  /** Refuses a thematic network the user may not open, as the form's field. */
  public void requireNetwork(Long networkId) {
    if (networkId == null) {
      return;
    }
    try {
      networks.get(networkId);
    } catch (org.phasezero.shared.NotFound e) {
      throw new Conflict("thematicNetworkId", "Choose a thematic network of one of your research projects.");
    }
  }

  private PackContent.Themes themes(long networkId, List<PackContent.Trace> provenance) {
    ThemeEvidence.Trace trace = themeEvidence.trace(networkId);
    List<PackContent.ThemeRow> rows = new ArrayList<>();
    if (trace.global() != null) {
      addTheme(trace.global(), 0, rows);
    }
    provenance.add(new PackContent.Trace("Themes", trace.network().name(), "Thematic network #" + networkId
        + ": each theme's coded passages by the speaker's side; quotes from turns whose speakers' research consent"
        + " stands, withdrawn quotes left out"));
    return new PackContent.Themes(trace.network().name(), rows);
  }

  private void addTheme(ThemeEvidence.Node node, int depth, List<PackContent.ThemeRow> rows) {
    List<PackContent.Quote> quotes = node.children().isEmpty()
        ? themeEvidence.quotes(node.theme().id(), null, null).stream().limit(PackContent.QUOTES)
            .map(q -> new PackContent.Quote(q.text().strip(), q.speakerSide() == null ? null : q.speakerSide().name()))
            .toList()
        : List.of();
    rows.add(new PackContent.ThemeRow(node.theme().name(), node.theme().tier().name(), depth,
        shown(node.counts().of(Side.COMMUNITY)), shown(node.counts().of(Side.STATUTORY)), quotes));
    node.children().forEach(child -> addTheme(child, depth + 1, rows));
  }

  private SideBySide.PublicValue network(long partnershipId, LocalDate from, LocalDate to,
      List<PackContent.Trace> provenance) {
    SideBySide.PublicValue v = networkChange.between(partnershipId, from, to);
    provenance.add(new PackContent.Trace("Linking ties", v.linkingTiesBefore() + " → " + v.linkingTiesNow(),
        "Ties between community-side and statutory-side people and organisations of the partnership's network, the"
            + " day before " + from + " and on " + to + " (the network's own records of ties, dated)"));
    return v;
  }

  /** The value games played in the period, each by its last round played. */
  private List<PackContent.Game> games(long partnershipId, LocalDate from, LocalDate to,
      List<PackContent.Trace> provenance) {
    List<PackContent.Game> played = new ArrayList<>();
    for (ValueGame g : games.list(partnershipId)) {
      if (g.playedOn().isBefore(from) || g.playedOn().isAfter(to)) {
        continue;
      }
      GameResult r = games.result(g.id(), null);
      if (r.players() == 0) {
        continue;
      }
      int community = r.outcomes().stream().mapToInt(o -> o.of(Cohort.COMMUNITY_SIDE).n()).max().orElse(0);
      int statutory = r.outcomes().stream().mapToInt(o -> o.of(Cohort.STATUTORY_SIDE).n()).max().orElse(0);
      List<PackContent.GameValue> values = r.outcomes().stream().map(o -> new PackContent.GameValue(
          o.outcome().name(), o.of(Cohort.EVERYONE).median(), sideValue(o.of(Cohort.COMMUNITY_SIDE)),
          sideValue(o.of(Cohort.STATUTORY_SIDE)))).toList();
      played.add(new PackContent.Game(g.title(), g.playedOn(), r.round(), smallNumbers.shown(community),
          smallNumbers.shown(statutory), values));
      provenance.add(new PackContent.Trace("Value game: " + g.title(), r.players() + " players in round " + r.round(),
          "Value game #" + g.id() + " played " + Dates.inWords(g.playedOn()) + ": the median of each group's placements among "
              + games.board(g.id()).goods().size() + " priced goods (" + g.valuation().name().toLowerCase(java.util.Locale.ROOT)
              .replace('_', ' ') + ")"));
    }
    return played;
  }

  private BigDecimal sideValue(GameResult.CohortValue v) {
    return v.median() == null || smallNumbers.isSmall(v.n()) ? null : v.median();
  }

  private PackContent.Sroi sroi(SroiAccount a, List<PackContent.Trace> provenance) {
    SroiFigures f = results.figures(a.id());
    if (!f.complete()) {
      provenance.add(new PackContent.Trace("SROI", "not valued", "Account #" + a.id() + ": " + f.missing()));
      return null;
    }
    List<PackContent.Stakeholder> stakeholders = f.stakeholders().stream().map(s -> new PackContent.Stakeholder(
        s.name(), BigDecimal.valueOf(s.presentValue()).setScale(2, java.math.RoundingMode.HALF_UP), s.share()))
        .toList();
    List<PackContent.Sensitivity> sensitivity = f.sensitivity().stream()
        .sorted(Comparator.comparingDouble((SensitivityRow r) -> -Math.abs(r.ratioAtHigh() - r.ratioAtLow()))
            .thenComparing(SensitivityRow::outcome).thenComparing(r -> r.assumption().name()))
        .limit(SENSITIVITIES)
        .map(r -> new PackContent.Sensitivity(r.stakeholder() + ": " + r.outcome(), r.assumption().key(),
            r.ratioAtLow(), r.ratioAtHigh(), r.breakEven())).toList();
    boolean flagged = accounts.outcomes(a.id()).stream().anyMatch(o -> o.proxyOrigin() != ProxyOrigin.ENTERED);
    provenance.add(new PackContent.Trace("Social return", String.format(java.util.Locale.UK, "£%.2f for every £1",
        f.ratio()), "Account #" + a.id() + " '" + a.title() + "': present value " + Money.format(f.presentValue())
        + " of " + f.outcomes().size() + " outcomes ÷ inputs " + Money.format(f.totalInputs())
        + (f.measured().isEmpty() ? "" : "; " + f.measured().size() + " outcome(s) measured on wellbeing measure #"
            + f.measured().get(0).measureId())));
    return new PackContent.Sroi(a.title(), f.totalInputs(), f.presentValue(), f.netPresentValue(), f.ratio(),
        f.monteCarlo().ratio().p5(), f.monteCarlo().ratio().p95(), f.monteCarlo().shareAtLeastOne(),
        f.monteCarlo().simulations(), a.discountEdition(), a.discountYearOne(), stakeholders, sensitivity, flagged);
  }

  private static String describe(AccountInputs inputs) {
    List<String> parts = new ArrayList<>();
    long funding = inputs.lines().stream().filter(l -> l.source() == Source.FUNDING).count();
    if (funding > 0) {
      parts.add(funding + " funding record(s), pro rata to the period");
    }
    inputs.lines().stream().filter(l -> l.source() == Source.INVOLVEMENT_PAYMENTS).forEach(l -> parts.add(
        l.count() + " paid involvement claim(s)" + (l.counted() ? "" : " inside that funding, not added")));
    long resources = inputs.lines().stream().filter(l -> l.source() == Source.RESOURCE_MONEY
        || l.source() == Source.RESOURCE_HOURS).count();
    if (resources > 0) {
      parts.add(resources + " resource line(s) given in money or time");
    }
    long other = inputs.lines().stream().filter(l -> l.source() == Source.OTHER).count();
    if (other > 0) {
      parts.add(other + " input(s) entered by hand with their sources");
    }
    return parts.isEmpty() ? "No inputs recorded in the period" : String.join("; ", parts);
  }

  private Long shown(long count) {
    return smallNumbers.isSmall(count) ? null : count;
  }

  private static List<String> caveats(SroiAccount account, PackContent.Sroi sroi) {
    List<String> c = new ArrayList<>();
    c.add("Counts of people under the small-number threshold are withheld, so that no one can be singled out.");
    c.add("Figures are those of the records when the pack was made; its audit position and hash say which.");
    if (account == null) {
      c.add("No SROI account was chosen, so no monetary value is given.");
    } else if (sroi != null) {
      c.add("Quantities, financial proxies and the shares of deadweight, displacement, attribution and drop-off are"
          + " estimates; the simulated range and the sensitivity show how much the ratio depends on them.");
      c.add("Future value is discounted by " + account.discountEdition() + (account.discountYearOne()
          ? ", year 1 discounted." : ", year 1 taken as the present."));
      if (sroi.flaggedProxies()) {
        c.add("Some proxies come from a licensed value bank or from stakeholders' own valuations; licensed values"
            + " may not be passed on.");
      }
    }
    c.add("Wellbeing change is before and after, without a comparison group: it shows change, not its cause.");
    return c;
  }
}
