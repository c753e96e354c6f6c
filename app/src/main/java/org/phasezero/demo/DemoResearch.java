package org.phasezero.demo;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.phasezero.evidence.CodeForm;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.CaseForm;
import org.phasezero.evidence.Cases;
import org.phasezero.evidence.Codings;
import org.phasezero.evidence.themes.NetworkForm;
import org.phasezero.evidence.themes.ThematicNetworks;
import org.phasezero.evidence.themes.Theme;
import org.phasezero.evidence.themes.ThemeForm;
import org.phasezero.evidence.themes.Themes;
import org.phasezero.evidence.EvidenceSource;
import org.phasezero.evidence.MemoTarget;
import org.phasezero.evidence.Memos;
import org.phasezero.evidence.ProjectForm;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.SourceDetails;
import org.phasezero.evidence.SourceKind;
import org.phasezero.evidence.SourceMedia;
import org.phasezero.evidence.Sources;
import org.phasezero.evidence.files.ExtractedText;
import org.phasezero.evidence.files.Segment;
import org.phasezero.network.ConsentForm;
import org.phasezero.network.ConsentMethod;
import org.phasezero.network.ConsentPurpose;
import org.phasezero.network.Consents;
import org.phasezero.network.Organisations;
import org.phasezero.network.People;
import org.phasezero.network.Person;
import org.phasezero.network.PersonReferences;
import org.phasezero.network.Sites;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.Accounts;
import org.phasezero.shared.Page;
import org.phasezero.spaces.Meeting;
import org.phasezero.spaces.Meetings;
import org.phasezero.spaces.SharedSpace;
import org.phasezero.spaces.SharedSpaces;
import org.springframework.stereotype.Component;

/**
 * The demo's research project: an evaluation of the African and Caribbean forum by two researchers
 * and a peer researcher. A focus group and three interviews (one with a commissioner, one with the
 * hub's broker), field notes from two of the forum's meetings, a photo of a community map drawn at a
 * participatory workshop, a codebook of 27 codes in three levels, about 250 codings by the three
 * coders (overlapping on many passages, as blind parallel coding does) and memos. Loaded once,
 * whatever the scale, after the forum's meetings.
 *
 * <p>The texts are in {@code demo/research/}, written for the demo. Speakers who are people of the
 * network (forum members from both sides, the broker) are linked to them, with their consent to
 * research use, which is recorded here where the network's story did not already have it. Codings
 * are listed in {@code codings.txt} by the words they cover, so their offsets are found in the text
 * and cannot drift when it is edited.
 */
@Component
class DemoResearch implements DemoHistory {

  static final String PROJECT = "Evaluation of the African and Caribbean mental health forum";
  /** The coders, as their demo sign-ins; all three are the project's members. */
  static final List<String> CODERS = List.of("researcher", "evaluator", "peer");
  static final String FORUM = "African and Caribbean mental health forum";
  private static final String HUB = "Wandle Community Hub";
  private static final String CARIBBEAN_CENTRE = "Tooting Caribbean Community Centre";

  /** A speaker the texts write as {@code {{slot}}}: a forum member of an organisation, or the hub's broker. */
  record Slot(String slot, String organisation, boolean forumMember, boolean statutory) {}

  static final List<Slot> SLOTS = List.of(
      new Slot("church", DemoNetwork.SITE_LEAD_ORGANISATION, true, false),
      new Slot("centre", CARIBBEAN_CENTRE, true, false),
      new Slot("stanne", "St Anne's African Methodist Church", true, false),
      new Slot("trust", "South Wandle Mental Health NHS Trust", true, true),
      new Slot("icb", "Wandle Integrated Care Board", true, true),
      new Slot("broker", HUB, false, false));

  /**
   * First names of the network's name pool that African and Caribbean members of the forum would
   * plausibly have; community-side speakers are chosen with one of these where the forum has them.
   */
  static final Set<String> COMMUNITY_NAMES = Set.of("Abena", "Kwame", "Ama", "Kofi", "Tunde", "Funmi", "Marcus",
      "Jermaine", "Delroy", "Marcia", "Joseph", "Grace", "Samuel", "Ruth", "Michael", "Esther", "Chidi", "Ngozi", "Leon");

  /** Speakers the texts name who are not linked: the research team and an elder outside the network's records. */
  static final Set<String> UNLINKED = Set.of("kemi", "yvonne", "priya", "winston");

  /** A written source: its file under {@code demo/research/}, and the date as written (see {@link DemoCalendar}). */
  record Written(String file, SourceKind kind, String name, LocalDate on, String venue, String description) {}

  static final List<Written> TRANSCRIPTS = List.of(
      new Written("focus-group", SourceKind.FOCUS_GROUP, "Focus group with forum members", LocalDate.of(2025, 11, 20),
          DemoNetwork.SITE_LEAD_ORGANISATION, "Six forum members, four from the community side and two from the services,"
              + " facilitated by a researcher and the peer researcher. Ninety minutes, in the church hall."),
      new Written("interview-church-member", SourceKind.INTERVIEW, "Interview with a member of Mount Zion",
          LocalDate.of(2025, 12, 3), DemoNetwork.SITE_LEAD_ORGANISATION, "Conducted by the peer researcher."),
      new Written("interview-commissioner", SourceKind.INTERVIEW, "Interview with a commissioner",
          LocalDate.of(2025, 12, 10), null, "The commissioner who funds part of the forum, at the care board's offices."),
      new Written("interview-broker", SourceKind.INTERVIEW, "Interview with the hub's broker", LocalDate.of(2026, 1, 14),
          null, "The hub worker who built the relationships on both sides before the forum began."));

  static final Written WORKSHOP = new Written("workshop-map", SourceKind.PLA_OUTPUT,
      "Workshop: where we go for help (community map)", LocalDate.of(2025, 10, 25), CARIBBEAN_CENTRE,
      "Photo of the community map drawn at the participatory workshop, with the group's description.");

  /** Field notes of two forum meetings: counted back from the latest held, the proposal and the report on the route. */
  record Observed(String file, int back) {}

  static final List<Observed> FIELD_NOTES = List.of(new Observed("field-notes-pathway-proposal", 6),
      new Observed("field-notes-pathway-report", 2));

  private final ResearchProjects projects;
  private final Sources sources;
  private final Codebook codebook;
  private final Codings codings;
  private final Memos memos;
  private final Cases cases;
  private final ThematicNetworks networks;
  private final Themes themes;
  private final Partnerships partnerships;
  private final SharedSpaces spaces;
  private final Meetings meetings;
  private final Organisations organisations;
  private final People people;
  private final PersonReferences references;
  private final Consents consents;
  private final Sites sites;
  private final Accounts accounts;
  private final DemoCalendar calendar;

  DemoResearch(ResearchProjects projects, Sources sources, Codebook codebook, Codings codings, Memos memos,
      Cases cases, ThematicNetworks networks, Themes themes, Partnerships partnerships, SharedSpaces spaces, Meetings meetings, Organisations organisations, People people,
      PersonReferences references, Consents consents, Sites sites, Accounts accounts, DemoCalendar calendar) {
    this.projects = projects;
    this.sources = sources;
    this.codebook = codebook;
    this.codings = codings;
    this.memos = memos;
    this.cases = cases;
    this.networks = networks;
    this.themes = themes;
    this.partnerships = partnerships;
    this.spaces = spaces;
    this.meetings = meetings;
    this.organisations = organisations;
    this.people = people;
    this.references = references;
    this.consents = consents;
    this.sites = sites;
    this.accounts = accounts;
    this.calendar = calendar;
  }

  @Override
  public int order() {
    return 400;
  }

  /** A source as loaded: its id and the text and segments it was made of. */
  private record Loaded(long id, ExtractedText text) {}

  @Override
  public void load(int scale, Random random) {
    // Drawing the photo starts Java2D and its fonts (a second or so, once per JVM): done beside the rest.
    CompletableFuture<byte[]> photo = CompletableFuture.supplyAsync(DemoWorkshopMap::png);
    long partnership = partnerships.all().stream().filter(p -> p.name().equals(FORUM)).findFirst()
        .orElseThrow(() -> new IllegalStateException("demo partnership '" + FORUM + "' is missing")).id();
    SharedSpace forum = spaces.search(partnership).stream().filter(s -> s.name().equals(FORUM)).findFirst()
        .orElseThrow(() -> new IllegalStateException("demo space '" + FORUM + "' is missing"));
    ResearchProject project = projects.create(new ProjectForm(PROJECT, "How community members and the services"
        + " experience the forum, what it has changed, and what it costs the people who hold it together."));

    Map<String, String> names = new HashMap<>();
    Map<String, Long> linked = speakers(forum, names);
    Map<String, Loaded> loaded = new LinkedHashMap<>();
    for (Written w : TRANSCRIPTS) {
      ExtractedText text = DemoTranscripts.imported(w.file() + ".txt", DemoTranscripts.fill(DemoTranscripts.read(w.file() + ".txt"), names));
      Set<String> labels = text.segments().stream().map(Segment::speakerLabel).collect(Collectors.toSet());
      Map<String, Long> speakers = linked.entrySet().stream().filter(e -> labels.contains(e.getKey()))
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      SourceDetails d = details(w, calendar.shift(w.on()), venue(w.venue()));
      loaded.put(w.file(), new Loaded(sources.add(project.id(), d, SourceMedia.TEXT, text, w.file() + ".txt",
          "text/plain", speakers).id(), text));
    }
    List<Meeting> held = meetings.ofSpace(forum.id()).stream().filter(m -> !m.date().isAfter(calendar.today()))
        .sorted(Comparator.comparing(Meeting::date)).toList();
    for (Observed o : FIELD_NOTES) {
      String file = o.file();
      Meeting m = held.get(Math.max(0, held.size() - o.back()));
      ExtractedText text = DemoTranscripts.imported(file + ".txt", DemoTranscripts.fill(DemoTranscripts.read(file + ".txt"), names));
      Written w = new Written(file, SourceKind.FIELD_NOTES, "Field notes: " + m.title() + " of the forum", null, null,
          "Observation of the forum's meeting by a researcher.");
      SourceDetails d = details(w, m.date(), m.siteId());
      d.setMeetingId(m.id());
      loaded.put(file, new Loaded(sources.add(project.id(), d, SourceMedia.TEXT, text, file + ".txt", "text/plain",
          Map.of()).id(), text));
    }
    ExtractedText map = DemoTranscripts.imported(WORKSHOP.file() + ".txt", DemoTranscripts.read(WORKSHOP.file() + ".txt"));
    long mapId = sources.add(project.id(), details(WORKSHOP, calendar.shift(WORKSHOP.on()), venue(WORKSHOP.venue())),
        SourceMedia.PICTURE, map, "workshop-map.png", "image/png", Map.of()).id();
    loaded.put(WORKSHOP.file(), new Loaded(mapId, map));

    Map<String, Long> codes = codebook(project.id());
    code(loaded, codes);
    memos(project.id(), loaded, codes);
    cases(project.id(), linked, loaded);
    thematicNetwork(project.id(), codes);
    sources.keepFile(mapId, "workshop-map.png", "image/png", photo.join());
  }

  /**
   * The cases a researcher compares: every linked speaker (by pseudonym, with side and
   * organisation), each venue where a source was recorded (with the sources observed there), and
   * the forum's observed meetings as one named case holding both sets of field notes.
   */
  private void cases(long project, Map<String, Long> linked, Map<String, Loaded> loaded) {
    linked.values().stream().distinct().sorted().forEach(person -> cases.addPerson(project, person));
    sources.ofProject(project).stream().map(EvidenceSource::siteId).filter(java.util.Objects::nonNull).distinct()
        .forEach(site -> cases.addSite(project, site));
    var meetingsCase = cases.create(project, new CaseForm("Forum meetings observed",
        "The two meetings of the forum a researcher sat in on."));
    FIELD_NOTES.forEach(o -> cases.linkSource(meetingsCase.id(), loaded.get(o.file()).id()));
  }

  /** The demo's thematic network: global theme, organising themes, and basic themes over codes by name. */
  static final String GLOBAL_THEME = "Time and trust make co-production possible";

  static final Map<String, Map<String, List<String>>> ORGANISING_THEMES = orderedThemes();

  private static Map<String, Map<String, List<String>>> orderedThemes() {
    Map<String, Map<String, List<String>>> themes = new LinkedHashMap<>();
    themes.put("Trust is carried by people", orderedBasic(
        "Trust travels through bridges", List.of("Trust passed through people", "Faith and community leaders as bridges"),
        "Trust is earned by turning up", List.of("Trust built over time", "Being heard")));
    themes.put("Power has to be shared on purpose", orderedBasic(
        "Whose words count", List.of("Professional language", "Who sets the agenda", "Invited contributions"),
        "Paying people says their time matters", List.of("Paying for involvement", "Recognising expertise",
            "Benefits worries")));
    themes.put("What holds it together is fragile", orderedBasic(
        "One person holds the threads", List.of("Reliance on one broker", "Broker burnout"),
        "Short money for long work", List.of("Sustaining the forum")));
    return themes;
  }

  private static Map<String, List<String>> orderedBasic(String first, List<String> firstCodes, String second,
      List<String> secondCodes) {
    Map<String, List<String>> basic = new LinkedHashMap<>();
    basic.put(first, firstCodes);
    basic.put(second, secondCodes);
    return basic;
  }

  private void thematicNetwork(long project, Map<String, Long> codes) {
    long network = networks.create(project, new NetworkForm("What makes the forum work",
        "Built from the evaluation's codes by the research team and the peer researcher.")).id();
    long global = themes.add(network, new ThemeForm(GLOBAL_THEME, Theme.Tier.GLOBAL, null)).id();
    ORGANISING_THEMES.forEach((organising, basics) -> {
      long o = themes.add(network, new ThemeForm(organising, Theme.Tier.ORGANISING, global)).id();
      basics.forEach((basic, codeNames) -> {
        long b = themes.add(network, new ThemeForm(basic, Theme.Tier.BASIC, o)).id();
        codeNames.forEach(name -> themes.attach(b, java.util.Objects.requireNonNull(codes.get(name), name)));
      });
    });
  }

  /** Makes the demo's researchers members of the project, once their sign-ins exist (demo mode only). */
  void addMembers() {
    projects.visible().stream().filter(p -> p.name().equals(PROJECT) && !p.voided()).findFirst().ifPresent(p -> {
      for (String username : CODERS) {
        if (accounts.find(username).isPresent() && !projects.isMember(p.id(), username)) {
          projects.addMember(p.id(), username);
        }
      }
    });
  }

  /**
   * Chooses who each slot is: forum members of the slot's organisation (the broker: the hub's first
   * worker), on the community side preferring {@link #COMMUNITY_NAMES}, then those whose consent to
   * research use stands, with first names that no other speaker has. Records the consent where it is missing, as the researchers would have before the
   * focus group.
   */
  private Map<String, Long> speakers(SharedSpace forum, Map<String, String> names) {
    Set<Long> members = forum.members().stream().map(SharedSpace.Member::personId).collect(Collectors.toSet());
    Set<String> taken = new HashSet<>(UNLINKED);
    Map<String, Long> linked = new LinkedHashMap<>();
    for (Slot slot : SLOTS) {
      long organisation = organisations.choices().stream().filter(o -> o.name().equals(slot.organisation()))
          .findFirst().orElseThrow().id();
      Person chosen = people.search(new People.Query(null, organisation, null, false), new Page.Request(0, Page.MAX_SIZE))
          .items().stream().filter(p -> !slot.forumMember() || members.contains(p.id()))
          .filter(p -> !taken.contains(firstName(p).toLowerCase(Locale.ROOT)))
          .min(Comparator.comparing((Person p) -> slot.forumMember() && !slot.statutory()
                  && !COMMUNITY_NAMES.contains(firstName(p)))
              .thenComparing(p -> !references.consentedToResearch(p.id())).thenComparing(Person::id))
          .orElseThrow(() -> new IllegalStateException("no one in " + slot.organisation() + " to speak as " + slot.slot()));
      if (!references.consentedToResearch(chosen.id())) {
        ConsentForm f = new ConsentForm();
        f.setPurpose(ConsentPurpose.RESEARCH_USE);
        f.setGivenOn(calendar.on(2025, 10, 13));
        f.setMethod(ConsentMethod.WRITTEN);
        f.setNotes("For the forum evaluation: workshop, focus group, interviews and observation.");
        consents.record(chosen.id(), f);
      }
      String first = firstName(chosen);
      taken.add(first.toLowerCase(Locale.ROOT));
      names.put(slot.slot(), first);
      linked.put(first, chosen.id());
    }
    return linked;
  }

  private static String firstName(Person p) {
    return p.displayName().strip().split("\\s+")[0];
  }

  private static SourceDetails details(Written w, LocalDate on, Long site) {
    SourceDetails d = new SourceDetails(w.name(), w.kind());
    d.setDescription(w.description());
    d.setObservedOn(on);
    d.setSiteId(site);
    return d;
  }

  private Long venue(String organisation) {
    if (organisation == null) {
      return null;
    }
    long id = organisations.choices().stream().filter(o -> o.name().equals(organisation)).findFirst().orElseThrow().id();
    return sites.search(null, id, false, new Page.Request(0, 1)).items().stream().findFirst().map(s -> s.id())
        .orElse(null);
  }

  /** The codebook of {@code codebook.txt}: {@code name | #colour | description}, two spaces of indent a level. */
  private Map<String, Long> codebook(long project) {
    Map<String, Long> codes = new LinkedHashMap<>();
    Deque<Long> parents = new ArrayDeque<>();
    for (String line : DemoTranscripts.read("codebook.txt").lines().filter(l -> !l.isBlank()).toList()) {
      int depth = (line.length() - line.stripLeading().length()) / 2;
      while (parents.size() > depth) {
        parents.pop();
      }
      String[] f = line.strip().split(" \\| ", 3);
      long id = codebook.create(project, new CodeForm(f[0], f[2], f[1], parents.peek())).id();
      codes.put(f[0], id);
      parents.push(id);
    }
    return codes;
  }

  /**
   * The codings of {@code codings.txt}: {@code source | code | coders | passage}. A passage is the
   * words themselves, {@code first words ... last words}, or {@code turn: words} for the whole turn
   * (or paragraph) they are in; the words must occur once in the source.
   */
  private void code(Map<String, Loaded> loaded, Map<String, Long> codes) {
    for (String line : DemoTranscripts.read("codings.txt").lines().filter(l -> !l.isBlank()).toList()) {
      String[] f = line.split(" \\| ", 4);
      Loaded source = loaded.get(f[0]);
      Long code = codes.get(f[1]);
      if (source == null || code == null) {
        throw new IllegalStateException("demo coding of an unknown source or code: " + line);
      }
      int[] range = passage(source.text(), f[3]);
      for (String coder : f[2].split(" ")) {
        codings.apply(source.id(), code, range[0], range[1], coder, null);
      }
    }
  }

  static int[] passage(ExtractedText source, String passage) {
    String text = source.text();
    if (passage.startsWith("turn: ")) {
      int at = once(text, passage.substring(6));
      Segment s = source.segments().stream().filter(x -> x.start() <= at && at < x.end()).findFirst().orElseThrow();
      int end = s.end();
      while (end > s.start() + 1 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return new int[] {s.start(), end};
    }
    int cut = passage.indexOf(" ... ");
    if (cut < 0) {
      int at = once(text, passage);
      return new int[] {at, at + passage.length()};
    }
    int start = once(text, passage.substring(0, cut));
    String last = passage.substring(cut + 5);
    int end = text.indexOf(last, start);
    if (end < 0) {
      throw new IllegalStateException("the demo passage's last words are not in its source: " + passage);
    }
    return new int[] {start, end + last.length()};
  }

  private static int once(String text, String words) {
    int at = text.indexOf(words);
    if (at < 0 || text.indexOf(words, at + 1) >= 0) {
      throw new IllegalStateException("the demo passage must occur once in its source: " + words);
    }
    return at;
  }

  private void memos(long project, Map<String, Loaded> loaded, Map<String, Long> codes) {
    memos.write(MemoTarget.PROJECT, project, "How we code", """
        The three of us code every source we are assigned blind and in parallel, then meet to compare before we \
        agree anything. The focus group, the broker's interview and the field notes are coded by all three of us; \
        the member's interview by the peer researcher and one researcher, the commissioner's by the two researchers, \
        so that every conversation has a coder who was not in the room. Whole turns where the point runs through the \
        turn, phrases where it does not. Disagreements are kept, not smoothed over: they are what we discuss.""",
        null, "researcher");
    memos.write(MemoTarget.CODE, codes.get("Reliance on one broker"), "The same person in every source", """
        Every source comes back to one person: the members phone the broker instead of the trust, the trust and the \
        board reach the churches through the broker, and the meeting the broker missed felt less held. The map drew \
        it as too many lines to one person. Set this beside the network's key-person risk: the relationships as \
        members describe them, and as the ties record them.""", null, "peer");
    memos.write(MemoTarget.SOURCE, loaded.get("focus-group").id(), "After the focus group", """
        The two people from the services were more candid than expected, perhaps because the room was the church's \
        and not theirs. The elder's scepticism kept the discussion honest; the others deferred to him on the history. \
        Payment and benefits came up without prompting. Check the referral route story against the field notes of \
        the meeting where it was proposed: members were keen that it is recorded as their proposal.""",
        null, "evaluator");
  }
}
