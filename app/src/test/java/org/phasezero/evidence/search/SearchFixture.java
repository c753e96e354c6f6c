package org.phasezero.evidence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.CodeForm;
import org.phasezero.evidence.Codings;
import org.phasezero.evidence.EvidenceSource;
import org.phasezero.evidence.ProjectForm;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.SourceDetails;
import org.phasezero.evidence.SourceKind;
import org.phasezero.evidence.SourceMedia;
import org.phasezero.evidence.Sources;
import org.phasezero.evidence.files.ExtractedText;
import org.phasezero.evidence.files.Segment;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.TestNetwork;
import org.springframework.context.ApplicationContext;

/**
 * Two research projects made through the real services: the researcher and the peer researcher are
 * members of the first (own), nobody of the second (other); the site lead is a member of neither.
 * The first holds a four-turn interview, the second a one-turn note; both contain the word
 * {@link #word}, unique to this fixture, so that counts across every project the user sees are exact.
 */
final class SearchFixture {

  static final String[] OWN_TURNS = {
      "Interviewer: How did the forum feel?\n",
      "The forum felt like mental health mattered. Mental health was the word %s.\n",
      "And the council?\n",
      "The council listened, and mental health funding followed.\n"};
  static final String[] OWN_LABELS = {"Interviewer", "P1", "Interviewer", "P1"};

  final TestNetwork net;
  final String word;
  final long ownProject;
  final long otherProject;
  final EvidenceSource ownSource;
  final EvidenceSource otherSource;
  final List<Long> ownTurnIds;
  final String ownText;

  SearchFixture(ApplicationContext context) {
    net = new TestNetwork(context);
    word = "zq" + net.suffix;
    ResearchProjects projects = context.getBean(ResearchProjects.class);
    Sources sources = context.getBean(Sources.class);
    try (var system = SystemActor.enter("test fixture")) {
      ownProject = projects.create(new ProjectForm("Search own " + net.suffix, null)).id();
      otherProject = projects.create(new ProjectForm("Search other " + net.suffix, null)).id();
      projects.addMember(ownProject, net.usernames.get(Role.RESEARCHER));
      projects.addMember(ownProject, net.usernames.get(Role.PEER_RESEARCHER));
      List<String> turns = new ArrayList<>();
      for (String t : OWN_TURNS) {
        turns.add(t.formatted(word));
      }
      ownText = String.join("", turns);
      ownSource = add(sources, ownProject, "Interview " + net.suffix, turns, List.of(OWN_LABELS));
      otherSource = add(sources, otherProject, "Note " + net.suffix,
          List.of("In the other project, mental health came up too, with " + word + ".\n"), null);
      ownTurnIds = sources.page(ownSource.id(), 0, 10).stream().map(s -> s.id()).toList();
    }
  }

  /** A source of the given turns (speaker labels optional), added as whoever is acting. */
  static EvidenceSource add(Sources sources, long projectId, String name, List<String> turns, List<String> labels) {
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < turns.size(); i++) {
      segments.add(new Segment(at, at + turns.get(i).length(), labels == null ? null : labels.get(i), null, null));
      at += turns.get(i).length();
    }
    return sources.add(projectId, new SourceDetails(name, SourceKind.INTERVIEW), SourceMedia.TEXT,
        new ExtractedText(String.join("", turns), segments, "txt", List.of()), name + ".txt", "text/plain", Map.of());
  }

  /** A code in a project, inside another code or at the top level. */
  static long code(ApplicationContext context, long projectId, String name, Long parentId) {
    return context.getBean(Codebook.class).create(projectId, new CodeForm(name, null, null, parentId)).id();
  }

  /** Codes a whole turn. */
  static void codeTurn(ApplicationContext context, long sourceId, long turnId, long codeId) {
    context.getBean(Codings.class).applyToSegment(sourceId, turnId, codeId);
  }
}
