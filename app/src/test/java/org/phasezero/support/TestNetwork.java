package org.phasezero.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.phasezero.network.ConsentForm;
import org.phasezero.network.ConsentMethod;
import org.phasezero.network.ConsentPurpose;
import org.phasezero.network.Consents;
import org.phasezero.network.ContactPreference;
import org.phasezero.network.Organisation;
import org.phasezero.network.OrganisationForm;
import org.phasezero.network.OrganisationType;
import org.phasezero.network.Organisations;
import org.phasezero.network.People;
import org.phasezero.network.PersonForm;
import org.phasezero.network.PersonRole;
import org.phasezero.network.Side;
import org.phasezero.network.SiteForm;
import org.phasezero.network.Sites;
import org.phasezero.network.TieForm;
import org.phasezero.network.TieKind;
import org.phasezero.network.Ties;
import org.phasezero.security.AccessTokens;
import org.phasezero.security.Accounts;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.springframework.context.ApplicationContext;

/**
 * A small network made through the real services for one test class: two community
 * organisations (own = A, other = B), a statutory body, people in each, a tie in each, and an
 * account with an access token for every role. Names carry a random suffix, so that classes
 * sharing one database do not collide.
 */
public final class TestNetwork {

  public static final String PASSWORD = "correct-horse-battery";

  public final String suffix = UUID.randomUUID().toString().substring(0, 8);
  public final Organisation ownOrg;
  public final Organisation otherOrg;
  public final Organisation statutoryOrg;
  public final long ownPerson;
  public final long ownResearchPerson;
  public final long otherPerson;
  public final long otherResearchPerson;
  public final long ownSite;
  public final long otherSite;
  public final long ownTie;
  public final long otherTie;
  public final Map<Role, String> tokens;
  public final Map<Role, String> usernames;

  private final ApplicationContext context;

  public TestNetwork(ApplicationContext context) {
    this.context = context;
    try (var system = SystemActor.enter("test fixture")) {
      Organisations organisations = context.getBean(Organisations.class);
      People people = context.getBean(People.class);
      Consents consents = context.getBean(Consents.class);
      Sites sites = context.getBean(Sites.class);
      Ties ties = context.getBean(Ties.class);
      Accounts accounts = context.getBean(Accounts.class);
      AccessTokens accessTokens = context.getBean(AccessTokens.class);

      ownOrg = organisations.create(org("Alpha Community Group " + suffix, OrganisationType.COMMUNITY_GROUP, Side.COMMUNITY));
      otherOrg = organisations.create(org("Beta Faith Centre " + suffix, OrganisationType.FAITH_ORGANISATION, Side.COMMUNITY));
      statutoryOrg = organisations.create(org("Gamma NHS Trust " + suffix, OrganisationType.NHS_TRUST, Side.STATUTORY));
      ownPerson = people.create(person("Ada Own " + suffix, ownOrg.id())).id();
      ownResearchPerson = people.create(person("Ayo Research " + suffix, ownOrg.id())).id();
      otherPerson = people.create(person("Bola Other " + suffix, otherOrg.id())).id();
      otherResearchPerson = people.create(person("Bisi Research " + suffix, otherOrg.id())).id();
      consents.record(ownResearchPerson, consent(ConsentPurpose.RESEARCH_USE));
      consents.record(otherResearchPerson, consent(ConsentPurpose.RESEARCH_USE));
      ownSite = sites.create(site(ownOrg.id(), "Alpha hall " + suffix)).id();
      otherSite = sites.create(site(otherOrg.id(), "Beta hall " + suffix)).id();
      ownTie = ties.create(tie(ownPerson, ownResearchPerson)).id();
      otherTie = ties.create(tie(otherPerson, otherResearchPerson)).id();

      Map<Role, String> t = new java.util.EnumMap<>(Role.class);
      Map<Role, String> u = new java.util.EnumMap<>(Role.class);
      for (Role role : Role.values()) {
        String username = role.slug() + "-" + suffix;
        accounts.create(username, role.slug(), role, role == Role.SITE_LEAD ? ownOrg.id() : null, PASSWORD);
        var user = accounts.find(username).orElseThrow().asUser();
        t.put(role, accessTokens.create(user, "tests", Duration.ofDays(1)).secret());
        u.put(role, username);
      }
      tokens = Map.copyOf(t);
      usernames = Map.copyOf(u);
    }
  }

  /** A new person in the own organisation who consented to research use, made as the system. */
  public long newResearchPerson() {
    try (var system = SystemActor.enter("test fixture")) {
      long id = context.getBean(People.class).create(person("Fresh Research " + UUID.randomUUID(), ownOrg.id())).id();
      context.getBean(Consents.class).record(id, consent(ConsentPurpose.RESEARCH_USE));
      return id;
    }
  }

  /** A new site of the own organisation, made as the system. */
  public long newSite() {
    try (var system = SystemActor.enter("test fixture")) {
      return context.getBean(Sites.class).create(site(ownOrg.id(), "Fresh hall " + UUID.randomUUID())).id();
    }
  }

  /** Another account with a role (a second researcher, say): its username and an API token. */
  public record Account(String username, String token) {}

  public Account newAccount(Role role) {
    try (var system = SystemActor.enter("test fixture")) {
      String username = role.slug() + "-" + UUID.randomUUID().toString().substring(0, 12);
      Accounts accounts = context.getBean(Accounts.class);
      accounts.create(username, role.slug() + " " + username, role, role == Role.SITE_LEAD ? ownOrg.id() : null,
          PASSWORD);
      var user = accounts.find(username).orElseThrow().asUser();
      return new Account(username, context.getBean(AccessTokens.class).create(user, "tests", Duration.ofDays(1))
          .secret());
    }
  }

  public String token(Role role) {
    return tokens.get(role);
  }

  static OrganisationForm org(String name, OrganisationType type, Side side) {
    OrganisationForm f = new OrganisationForm();
    f.setName(name);
    f.setType(type);
    f.setSide(side);
    return f;
  }

  public static PersonForm person(String name, long organisationId) {
    PersonForm f = new PersonForm();
    f.setDisplayName(name);
    f.setRoles(EnumSet.of(PersonRole.EXPERT_BY_EXPERIENCE));
    f.setContactPreference(ContactPreference.PHONE);
    f.setPhone("07700 900123");
    f.setOrganisationId(organisationId);
    return f;
  }

  public static ConsentForm consent(ConsentPurpose purpose) {
    ConsentForm f = new ConsentForm();
    f.setPurpose(purpose);
    f.setGivenOn(LocalDate.of(2025, 3, 1));
    f.setMethod(ConsentMethod.WRITTEN);
    return f;
  }

  static SiteForm site(long organisationId, String name) {
    SiteForm f = new SiteForm();
    f.setOrganisationId(organisationId);
    f.setName(name);
    return f;
  }

  static TieForm tie(long from, long to) {
    TieForm f = new TieForm();
    f.setFromPersonId(from);
    f.setToPersonId(to);
    f.setKind(TieKind.BONDING);
    f.setTrust(4);
    return f;
  }
}
