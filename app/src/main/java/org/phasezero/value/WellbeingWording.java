package org.phasezero.value;

import java.time.Instant;
import java.util.List;
import org.phasezero.analysis.wellbeing.WellbeingScale;

/**
 * A scale's licensed wording in one language, entered by a coordinator under the registration it
 * was obtained with: the introduction, the statements in order, and the five answers from 1 to 5.
 */
public record WellbeingWording(WellbeingScale scale, String language, String intro, List<String> items,
    List<String> answers, String registration, String updatedBy, Instant updatedAt, int version) {}
