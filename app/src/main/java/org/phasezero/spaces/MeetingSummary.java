package org.phasezero.spaces;

import java.time.LocalDate;

/** The few facts about a meeting that other capabilities (payments, partnerships) need. */
public record MeetingSummary(long id, long spaceId, long partnershipId, LocalDate date, String title) {}
