package org.phasezero.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.phasezero.network.ConsentForm;
import org.phasezero.network.ConsentMethod;
import org.phasezero.network.ConsentPurpose;
import org.phasezero.network.Consents;
import org.phasezero.network.ContactPreference;
import org.phasezero.network.EthnicGroup;
import org.phasezero.network.Organisation;
import org.phasezero.network.OrganisationForm;
import org.phasezero.network.OrganisationType;
import org.phasezero.network.Organisations;
import org.phasezero.network.People;
import org.phasezero.network.Person;
import org.phasezero.network.PersonForm;
import org.phasezero.network.PersonRole;
import org.phasezero.network.Religion;
import org.phasezero.network.Side;
import org.phasezero.network.SiteForm;
import org.phasezero.network.Sites;
import org.phasezero.network.TieForm;
import org.phasezero.network.TieKind;
import org.phasezero.network.Ties;
import org.phasezero.shared.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deterministic demo network modelled on the structure of a community empowerment network: a hub,
 * twelve community and faith organisations, five statutory partners and an independent funder,
 * about 300 people with memberships, consents and ties. Scale N repeats the community side in N
 * areas (scale 10 is about 3,000 people), for benchmarks. All names are fictional.
 *
 * <p>It is loaded through the same services as the user interface, so it obeys every rule and
 * leaves an audit trail.
 */
@Component
public class DemoNetwork {

  static final String SITE_LEAD_ORGANISATION = "Mount Zion Pentecostal Church";
  private static final long SEED = 2015L;
  /** When the story's ties and consents begin, as written (see {@link DemoCalendar}). */
  private static final LocalDate WRITTEN_START = LocalDate.of(2024, 1, 8);
  /** When the hub began brokering between the sides (the forum's linking phase), as written. */
  static final LocalDate BROKERING_FROM = LocalDate.of(2024, 9, 2);

  private record Group(String name, OrganisationType type, String community, String language, Religion religion,
      EthnicGroup ethnicity, String venue) {}

  private static final List<Group> COMMUNITY = List.of(
      new Group(SITE_LEAD_ORGANISATION, OrganisationType.FAITH_ORGANISATION, "Black African and Caribbean", "English, Twi", Religion.CHRISTIAN, EthnicGroup.BLACK_AFRICAN, "Mount Zion church hall"),
      new Group("St Anne's African Methodist Church", OrganisationType.FAITH_ORGANISATION, "Black African", "English, Yoruba", Religion.CHRISTIAN, EthnicGroup.BLACK_AFRICAN, "St Anne's church hall"),
      new Group("Sri Murugan Temple", OrganisationType.FAITH_ORGANISATION, "Tamil", "Tamil, English", Religion.HINDU, EthnicGroup.ASIAN_OTHER, "Temple community room"),
      new Group("Al-Noor Mosque", OrganisationType.FAITH_ORGANISATION, "Pakistani, Somali", "Urdu, Somali, English", Religion.MUSLIM, EthnicGroup.ASIAN_PAKISTANI, "Al-Noor education centre"),
      new Group("Gurdwara Sahib Wandle", OrganisationType.FAITH_ORGANISATION, "Sikh Punjabi", "Punjabi, English", Religion.SIKH, EthnicGroup.ASIAN_INDIAN, "Gurdwara langar hall"),
      new Group("Roehampton Community Centre", OrganisationType.COMMUNITY_GROUP, "mixed estate residents", "English", Religion.NO_RELIGION, EthnicGroup.MIXED_WHITE_AND_BLACK_CARIBBEAN, "Roehampton Community Centre"),
      new Group("Tooting Caribbean Community Centre", OrganisationType.COMMUNITY_GROUP, "Black Caribbean", "English", Religion.CHRISTIAN, EthnicGroup.BLACK_CARIBBEAN, "Caribbean Centre main hall"),
      new Group("Somali Women's Group", OrganisationType.COMMUNITY_GROUP, "Somali women", "Somali, English", Religion.MUSLIM, EthnicGroup.BLACK_AFRICAN, "Family hub meeting room"),
      new Group("Asian Elders' Club", OrganisationType.COMMUNITY_GROUP, "South Asian elders", "Gujarati, Hindi, English", Religion.HINDU, EthnicGroup.ASIAN_INDIAN, "Elders' day centre"),
      new Group("Polish Families Association", OrganisationType.COMMUNITY_GROUP, "Polish", "Polish, English", Religion.CHRISTIAN, EthnicGroup.WHITE_OTHER, "Polish Saturday school"),
      new Group("Tamil Welfare Association", OrganisationType.VCSE, "Tamil", "Tamil, English", Religion.HINDU, EthnicGroup.ASIAN_OTHER, "Tamil Welfare office"),
      new Group("Young Black Men's Mentoring Project", OrganisationType.VCSE, "young Black men", "English", Religion.CHRISTIAN, EthnicGroup.BLACK_CARIBBEAN, "Mentoring project studio"));

  private static final List<Group> STATUTORY = List.of(
      new Group("South Wandle Mental Health NHS Trust", OrganisationType.NHS_TRUST, null, "English", null, null, "Trust headquarters"),
      new Group("Wandle Integrated Care Board", OrganisationType.ICB, null, "English", null, null, null),
      new Group("Wandle Talking Therapies", OrganisationType.TALKING_THERAPIES_PROVIDER, null, "English, interpreters", null, null, "Talking therapies clinic"),
      new Group("Wandle Council Public Health", OrganisationType.LOCAL_AUTHORITY, null, "English", null, null, "Town hall"),
      new Group("Office of Councillor Amara Okafor", OrganisationType.COUNCIL, null, "English", null, null, null));

  private static final String[] FIRST = {"Abena", "Kwame", "Ama", "Kofi", "Tunde", "Funmi", "Priya", "Arjun",
      "Kavitha", "Suresh", "Amina", "Hodan", "Yusuf", "Fatima", "Harpreet", "Gurdeep", "Simran", "Marcus",
      "Jermaine", "Delroy", "Marcia", "Agnieszka", "Tomasz", "Ewa", "Shanthi", "Rajan", "Nadia", "Imran",
      "Joseph", "Grace", "Samuel", "Ruth", "Michael", "Esther", "Ali", "Mariam", "Chidi", "Ngozi", "Leon", "Sophie"};
  private static final String[] LAST = {"Mensah", "Owusu", "Adeyemi", "Okafor", "Sivakumar", "Rajaratnam",
      "Patel", "Shah", "Hussain", "Ahmed", "Warsame", "Farah", "Singh", "Kaur", "Campbell", "Brown", "Williams",
      "Kowalski", "Nowak", "Khan", "Begum", "Thomas", "Johnson", "Clarke", "Osei", "Nwosu", "Ibrahim", "Green"};

  private final Organisations organisations;
  private final Sites sites;
  private final People people;
  private final Consents consents;
  private final Ties ties;
  private final List<DemoHistory> history;
  private final DemoCalendar calendar;
  private final java.util.Set<String> pseudonyms = new java.util.HashSet<>();

  DemoNetwork(Organisations organisations, Sites sites, People people, Consents consents, Ties ties,
      List<DemoHistory> history, DemoCalendar calendar) {
    this.calendar = calendar;
    this.organisations = organisations;
    this.sites = sites;
    this.people = people;
    this.consents = consents;
    this.ties = ties;
    this.history = history.stream().sorted(java.util.Comparator.comparingInt(DemoHistory::order)).toList();
  }

  private LocalDate start() {
    return calendar.shift(WRITTEN_START);
  }

  public boolean isEmpty() {
    return organisations.search(Organisations.Query.all(), new Page.Request(0, 1)).total() == 0;
  }

  /** Loads the network; scale N repeats the community side in N areas. */
  @Transactional
  public void load(int scale) {
    if (scale < 1 || scale > 100) {
      throw new IllegalArgumentException("scale must be between 1 and 100, found " + scale);
    }
    Random random = new Random(SEED);
    pseudonyms.clear();
    Organisation hub = organisation("Wandle Community Hub", OrganisationType.VCSE, Side.COMMUNITY, "all communities",
        "English", "hub@wandle-community.example");
    Organisation funder = organisation("Thames Community Foundation", OrganisationType.FUNDER, Side.INDEPENDENT,
        null, "English", "grants@thames-foundation.example");
    List<Long> hubStaff = staff(hub, 6, PersonRole.BROKER, random);
    staff(funder, 3, PersonRole.TRUSTEE, random);
    long broker = hubStaff.get(0);

    List<Long> statutoryPeople = new ArrayList<>();
    List<Organisation> statutoryOrgs = new ArrayList<>();
    for (Group g : STATUTORY) {
      Organisation o = organisation(g.name(), g.type(), Side.STATUTORY, null, g.language(), null);
      statutoryOrgs.add(o);
      venue(o, g.venue());
      PersonRole role = switch (g.type()) {
        case ICB -> PersonRole.COMMISSIONER;
        case COUNCIL -> PersonRole.ELECTED_MEMBER;
        default -> PersonRole.CLINICIAN;
      };
      statutoryPeople.addAll(staff(o, g.type() == OrganisationType.COUNCIL ? 2 : 8, role, random));
    }

    for (int area = 1; area <= scale; area++) {
      for (Group g : COMMUNITY) {
        String name = area == 1 ? g.name() : g.name() + " (area " + area + ")";
        Organisation o = organisation(name, g.type(), Side.COMMUNITY, g.community(), g.language(), null);
        venue(o, g.venue());
        List<Long> members = communityMembers(o, g, 24, random);
        bondingTies(members, random);
        // Linking ties across the power gradient, brokered by the hub: the heart of phase zero.
        for (int i = 0; i < 3; i++) {
          tie(members.get(random.nextInt(members.size())), statutoryPeople.get(random.nextInt(statutoryPeople.size())),
              TieKind.LINKING, broker, random);
        }
        tie(members.get(0), hubStaff.get(random.nextInt(hubStaff.size())), TieKind.BRIDGING, null, random);
        orgTie(o, statutoryOrgs.get(random.nextInt(statutoryOrgs.size())), TieKind.LINKING, broker, random);
        orgTie(o, hub, TieKind.BRIDGING, null, random);
      }
    }
    for (DemoHistory part : history) {
      part.load(scale, random);
    }
  }

  private Organisation organisation(String name, OrganisationType type, Side side, String communities,
      String languages, String email) {
    OrganisationForm f = new OrganisationForm();
    f.setName(name);
    f.setType(type);
    f.setSide(side);
    f.setCommunities(communities);
    f.setLanguages(languages);
    f.setEmail(email);
    return organisations.create(f);
  }

  private void venue(Organisation o, String venue) {
    if (venue == null) {
      return;
    }
    SiteForm f = new SiteForm();
    f.setOrganisationId(o.id());
    f.setName(venue);
    f.setAddress("1 High Street, Wandle");
    f.setAccessibilityNotes("Step-free entrance; hearing loop; accessible toilet.");
    sites.create(f);
  }

  private List<Long> staff(Organisation o, int n, PersonRole role, Random random) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PersonForm f = person(random, EnumSet.of(role), ContactPreference.EMAIL);
      f.setOrganisationId(o.id());
      ids.add(people.create(f).id());
    }
    return ids;
  }

  private List<Long> communityMembers(Organisation o, Group g, int n, Random random) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PersonRole role = i == 0 ? PersonRole.COMMUNITY_LEADER
          : switch (random.nextInt(4)) {
            case 0 -> PersonRole.CARER;
            case 1 -> PersonRole.PEER_RESEARCHER;
            default -> PersonRole.EXPERT_BY_EXPERIENCE;
          };
      // A quarter have no email: phone, post or through their organisation.
      ContactPreference contact = switch (random.nextInt(8)) {
        case 0 -> ContactPreference.NONE;
        case 1 -> ContactPreference.THROUGH_ORGANISATION;
        case 2, 3 -> ContactPreference.PHONE;
        default -> ContactPreference.EMAIL;
      };
      PersonForm f = person(random, EnumSet.of(role), contact);
      f.setOrganisationId(o.id());
      f.setPreferredLanguage(g.language().split(",")[0].strip());
      Person p = people.create(f);
      ids.add(p.id());
      consent(p.id(), ConsentPurpose.CONTACT, random);
      if (random.nextInt(10) < 6) {
        consent(p.id(), ConsentPurpose.RESEARCH_USE, random);
        if (random.nextInt(3) == 0) {
          consent(p.id(), ConsentPurpose.IDENTIFIABLE_RESEARCH, random);
        }
      }
      if (random.nextInt(2) == 0) {
        consent(p.id(), ConsentPurpose.PAYMENTS, random);
      }
      if (random.nextInt(10) < 3) {
        consent(p.id(), ConsentPurpose.SPECIAL_CATEGORY_DATA, random);
        PersonForm withData = PersonForm.of(people.get(p.id()));
        withData.setEthnicGroup(g.ethnicity());
        withData.setReligion(g.religion());
        people.update(p.id(), withData);
      }
    }
    return ids;
  }

  private PersonForm person(Random random, EnumSet<PersonRole> roles, ContactPreference contact) {
    String first = FIRST[random.nextInt(FIRST.length)];
    String last = LAST[random.nextInt(LAST.length)];
    PersonForm f = new PersonForm();
    f.setDisplayName(first + " " + last);
    // Namesakes are real: the demo has them on purpose, as different people.
    f.setDifferentPerson(true);
    // Pseudonyms are unique: a repeat draw gets a letter added rather than another draw, so that the
    // random sequence (and with it the rest of the demo) stays as it was.
    String pseudonym = "Participant " + (char) ('A' + random.nextInt(26)) + (100 + random.nextInt(900));
    for (char extra = 'a'; !pseudonyms.add(pseudonym); extra++) {
      pseudonym = pseudonym.replaceFirst("[a-z]?$", "") + extra;
    }
    f.setPseudonym(pseudonym);
    f.setRoles(roles);
    f.setContactPreference(contact);
    if (contact == ContactPreference.EMAIL) {
      f.setEmail((first + "." + last).toLowerCase() + random.nextInt(100) + "@example.org");
    }
    if (contact == ContactPreference.PHONE || random.nextBoolean()) {
      f.setPhone("07700 9" + (10000 + random.nextInt(89999)));
    }
    if (random.nextInt(6) == 0) {
      f.setAccessNeeds(random.nextBoolean() ? "Needs an interpreter" : "Step-free access; large print");
    }
    return f;
  }

  private void consent(long personId, ConsentPurpose purpose, Random random) {
    ConsentForm f = new ConsentForm();
    f.setPurpose(purpose);
    f.setGivenOn(start().plusDays(random.nextInt(500)));
    f.setMethod(random.nextBoolean() ? ConsentMethod.WRITTEN : ConsentMethod.VERBAL);
    consents.record(personId, f);
  }

  private void bondingTies(List<Long> members, Random random) {
    for (int i = 1; i < members.size(); i++) {
      tie(members.get(i), members.get(random.nextInt(i)), TieKind.BONDING, null, random);
      if (random.nextBoolean()) {
        tie(members.get(i), members.get(random.nextInt(i)), TieKind.BONDING, null, random);
      }
    }
  }

  private void tie(long from, long to, TieKind kind, Long broker, Random random) {
    if (from == to) {
      return;
    }
    TieForm f = new TieForm();
    f.setFromPersonId(from);
    f.setToPersonId(to);
    f.setKind(kind);
    f.setTrust(kind == TieKind.LINKING ? 2 + random.nextInt(3) : 3 + random.nextInt(3));
    int day = random.nextInt(400);
    // Linking ties begin once the hub brokers between the sides (the forum's linking phase), within
    // 300 days of it; the same draw as other ties, so the rest of the demo is as it was.
    f.setSince(kind == TieKind.LINKING ? calendar.shift(BROKERING_FROM).plusDays(day * 3L / 4) : start().plusDays(day));
    f.setLastContact(f.getSince().plusDays(random.nextInt(200)));
    f.setBrokeredById(broker);
    ties.create(f);
  }

  private void orgTie(Organisation from, Organisation to, TieKind kind, Long broker, Random random) {
    TieForm f = new TieForm();
    f.setFromOrganisationId(from.id());
    f.setToOrganisationId(to.id());
    f.setKind(kind);
    f.setTrust(2 + random.nextInt(4));
    int day = random.nextInt(300);
    f.setSince(kind == TieKind.LINKING ? calendar.shift(BROKERING_FROM).plusDays(day) : start().plusDays(day));
    f.setBrokeredById(broker);
    ties.create(f);
  }
}
