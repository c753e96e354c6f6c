package org.phasezero.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.phasezero.evidence.CodeForm;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.EvidenceFixture;
import org.phasezero.evidence.ProjectForm;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.SourceDetails;
import org.phasezero.evidence.SourceKind;
import org.phasezero.evidence.SourceMedia;
import org.phasezero.evidence.Sources;
import org.phasezero.network.ConsentPurpose;
import org.phasezero.network.Consents;
import org.phasezero.network.People;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.Api;
import org.phasezero.support.TestNetwork;
import org.springframework.context.ApplicationContext;

/**
 * A research project whose one focus group has four turns: two by a community-side member (Ayo) and
 * one by a statutory-side officer (Dee), both consented to research use, and one by the facilitator
 * (no known side); a code on Dee's turn; the project's researchers; and a second project the peer
 * researcher is not in.
 */
final class DiscourseFixture {

  static final List<String> TURNS = List.of(
      "Facilitator: Welcome, and thank you for coming to talk about the forum.\n",
      "Ayo: The forum gave us a voice and real power, together with the trust.\n",
      "Dee: We measure outcomes and efficiency for every customer of the service.\n",
      "Ayo: Our voice matters; together we changed the referral form.\n");

  /** What a corpus of the focus group reads: the words spoken, without the speakers' labels. */
  static final List<String> SPOKEN = List.of(
      "Welcome, and thank you for coming to talk about the forum.\n",
      "The forum gave us a voice and real power, together with the trust.\n",
      "We measure outcomes and efficiency for every customer of the service.\n",
      "Our voice matters; together we changed the referral form.\n");

  final TestNetwork net;
  final long project;
  final long otherProject;
  final long source;
  final long code;
  final long dee;

  DiscourseFixture(ApplicationContext context) {
    try (var system = SystemActor.enter("test fixture")) {
      net = new TestNetwork(context);
      dee = context.getBean(People.class).create(TestNetwork.person("Dee Statutory " + net.suffix,
          net.statutoryOrg.id())).id();
      context.getBean(Consents.class).record(dee, TestNetwork.consent(ConsentPurpose.RESEARCH_USE));
      ResearchProjects projects = context.getBean(ResearchProjects.class);
      project = projects.create(new ProjectForm("Voices " + net.suffix, "How value is talked about")).id();
      otherProject = projects.create(new ProjectForm("Elsewhere " + net.suffix, null)).id();
      projects.addMember(project, net.usernames.get(Role.RESEARCHER));
      projects.addMember(project, net.usernames.get(Role.PEER_RESEARCHER));
      projects.addMember(otherProject, net.usernames.get(Role.RESEARCHER));
      source = context.getBean(Sources.class).add(project, new SourceDetails("Forum focus group", SourceKind.FOCUS_GROUP),
          SourceMedia.TEXT, EvidenceFixture.transcript(TURNS), "focus.txt", "text/plain",
          Map.of("Ayo", net.ownResearchPerson, "Dee", dee)).id();
      code = context.getBean(Codebook.class).create(project, new CodeForm("Market talk", null, null, null)).id();
    }
  }

  /** A corpus of this project made through the API by its researcher. */
  long corpus(Api api, String name, String kind) {
    Api.Response r = api.post("/api/v1/discourse/corpora", net.token(Role.RESEARCHER), Api.json(Map.of("projectId",
        project, "name", name, "kind", kind, "ignoreCase", true)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** A sub-corpus defined through the API by the project's researcher. */
  long sub(Api api, long corpusId, Map<String, Object> body) {
    Api.Response r = api.post("/api/v1/discourse/corpora/" + corpusId + "/subcorpora", net.token(Role.RESEARCHER),
        Api.json(body));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }
}
