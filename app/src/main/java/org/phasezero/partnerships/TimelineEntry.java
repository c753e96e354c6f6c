package org.phasezero.partnerships;

import java.time.LocalDate;

/** One event on a partnership's timeline: an engagement, a resource, a phase move, a meeting. */
public record TimelineEntry(LocalDate date, String kind, String title, String detail, String link) {}
