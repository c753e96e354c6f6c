package org.phasezero.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.files.ExtractedText;
import org.phasezero.evidence.files.Segment;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.TestNetwork;
import org.springframework.context.ApplicationContext;

/**
 * On top of a {@link TestNetwork}: an own research project (the researcher and the peer researcher
 * are members; the site lead is not) with a three-turn focus group whose community speaker is linked
 * to a consented person, and a code; and another project with no members, its own source and code.
 * Made through the real services as the system (a coordinator).
 */
public final class EvidenceFixture {

  /** The own focus group: three turns, the second spoken by a consented community member. */
  public static final List<String> TURNS = List.of("Facilitator: Welcome, everyone, and thank you for coming.\n",
      "Ayo: The forum listened to us when nobody else did.\n",
      "Sam: We changed the referral form after that meeting.\n");

  public final TestNetwork net;
  public final long ownProject;
  public final long otherProject;
  public final long ownSource;
  public final long otherSource;
  public final long ownCode;
  public final long otherCode;

  public EvidenceFixture(ApplicationContext context) {
    try (var system = SystemActor.enter("test fixture")) {
      net = new TestNetwork(context);
      ResearchProjects projects = context.getBean(ResearchProjects.class);
      Sources sources = context.getBean(Sources.class);
      Codebook codebook = context.getBean(Codebook.class);
      ownProject = projects.create(new ProjectForm("Forum evaluation " + net.suffix, "How the forum is heard")).id();
      otherProject = projects.create(new ProjectForm("Other evaluation " + net.suffix, null)).id();
      projects.addMember(ownProject, net.usernames.get(Role.RESEARCHER));
      projects.addMember(ownProject, net.usernames.get(Role.PEER_RESEARCHER));
      ownSource = sources.add(ownProject, new SourceDetails("Focus group one", SourceKind.FOCUS_GROUP), SourceMedia.TEXT,
          transcript(TURNS), "focus-group.txt", "text/plain", Map.of("Ayo", net.ownResearchPerson)).id();
      otherSource = sources.add(otherProject, new SourceDetails("Interview", SourceKind.INTERVIEW), SourceMedia.TEXT,
          transcript(TURNS), "interview.txt", "text/plain", Map.of()).id();
      ownCode = codebook.create(ownProject, new CodeForm("Being heard", "Voices taken seriously", "#005eb8", null)).id();
      otherCode = codebook.create(otherProject, new CodeForm("Being heard", null, null, null)).id();
    }
  }

  /** Turns as a text with one segment each, labelled with the words before the first colon. */
  public static ExtractedText transcript(List<String> turns) {
    StringBuilder text = new StringBuilder();
    List<Segment> segments = new ArrayList<>();
    for (String turn : turns) {
      int start = text.length();
      text.append(turn);
      int colon = turn.indexOf(':');
      segments.add(new Segment(start, text.length(), colon > 0 ? turn.substring(0, colon) : null, null, null));
    }
    return new ExtractedText(text.toString(), segments, "txt", List.of());
  }

  /** Where a turn starts in the focus group's text. */
  public static int startOf(int turn) {
    int start = 0;
    for (int i = 0; i < turn; i++) {
      start += TURNS.get(i).length();
    }
    return start;
  }
}
