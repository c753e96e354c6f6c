package org.phasezero.partnerships;

import java.util.List;

/** Implemented by capabilities that add events to a partnership's timeline (e.g. meetings). */
public interface TimelineSource {

  List<TimelineEntry> entries(long partnershipId);
}
