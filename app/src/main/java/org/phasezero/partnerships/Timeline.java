package org.phasezero.partnerships;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A partnership's history, newest first: its phase moves, engagements and resources, plus what
 * other capabilities contribute through {@link TimelineSource} (meetings, for example).
 */
@Service
public class Timeline {

  private final Partnerships partnerships;
  private final Engagements engagements;
  private final Resources resources;
  private final List<TimelineSource> sources;

  Timeline(Partnerships partnerships, Engagements engagements, Resources resources, List<TimelineSource> sources) {
    this.partnerships = partnerships;
    this.engagements = engagements;
    this.resources = resources;
    this.sources = sources;
  }

  public List<TimelineEntry> of(long partnershipId) {
    Partnership p = partnerships.get(partnershipId);
    List<TimelineEntry> entries = new ArrayList<>();
    entries.add(new TimelineEntry(p.startedOn(), "started", "Partnership started", p.focus(), null));
    for (PhaseMove m : partnerships.moves(p.id())) {
      entries.add(new TimelineEntry(m.movedOn(), "phase-move", "Moved to " + m.to().title() + " from " + m.from().title(),
          m.reason(), null));
    }
    for (Engagement e : engagements.of(p.id())) {
      entries.add(new TimelineEntry(e.heldOn(), "engagement", "Engagement: " + e.purpose(), e.nextSteps(),
          "/engagements/" + e.id()));
    }
    for (ResourceContribution r : resources.all(p.id())) {
      entries.add(new TimelineEntry(r.givenOn(), "resource", r.giverName() + " gave " + r.type(), r.description(),
          "/resources/" + r.id()));
    }
    for (TimelineSource s : sources) {
      entries.addAll(s.entries(p.id()));
    }
    // Stable: entries of one day keep the order above (moves before the engagements that led to them).
    entries.sort(Comparator.comparing(TimelineEntry::date).reversed());
    return entries;
  }
}
