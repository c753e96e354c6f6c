package org.phasezero.partnerships;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Implemented by capabilities that add events to a partnership's timeline (e.g. meetings). */
public interface TimelineSource {

  List<TimelineEntry> entries(long partnershipId);

  /**
   * The date of each partnership's latest entry on or before {@code today}, for every partnership
   * that has one, in one query: how the home page finds partnerships that have gone quiet.
   */
  Map<Long, LocalDate> latest(LocalDate today);
}
