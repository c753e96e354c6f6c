package org.phasezero.partnerships;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
  private final MessageSource messages;

  Timeline(Partnerships partnerships, Engagements engagements, Resources resources, List<TimelineSource> sources,
      MessageSource messages) {
    this.messages = messages;
    this.partnerships = partnerships;
    this.engagements = engagements;
    this.resources = resources;
    this.sources = sources;
  }

  public List<TimelineEntry> of(long partnershipId) {
    Partnership p = partnerships.get(partnershipId);
    List<TimelineEntry> entries = new ArrayList<>();
    entries.add(new TimelineEntry(p.startedOn(), "started", words("timeline.started"), p.focus(), null));
    for (PhaseMove m : partnerships.moves(p.id())) {
      entries.add(new TimelineEntry(m.movedOn(), "phase-move", words("timeline.moved", words("enum.Phase." + m.to().name()),
          words("enum.Phase." + m.from().name())),
          m.reason(), null));
    }
    for (Engagement e : engagements.of(p.id())) {
      entries.add(new TimelineEntry(e.heldOn(), "engagement", words("timeline.engagement", e.purpose()), e.nextSteps(),
          "/engagements/" + e.id()));
    }
    for (ResourceContribution r : resources.all(p.id())) {
      entries.add(new TimelineEntry(r.givenOn(), "resource", words("timeline.gave", r.giverName(),
          words("enum.ResourceType." + r.type().name())), r.description(),
          "/resources/" + r.id()));
    }
    for (TimelineSource s : sources) {
      entries.addAll(s.entries(p.id()));
    }
    // Stable: entries of one day keep the order above (moves before the engagements that led to them).
    entries.sort(Comparator.comparing(TimelineEntry::date).reversed());
    return entries;
  }

  /** Entries are read by people: the kinds of things in them in words, in the page's language. */
  private String words(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
