package org.phasezero.analysis.value;

import java.util.List;

/**
 * What one outcome contributes to an SROI.
 *
 * @param stakeholder the stakeholder's name
 * @param outcome the outcome
 * @param yearlyImpact undiscounted impact of years 1…duration
 * @param presentValue discounted sum of the yearly impact
 */
public record OutcomeValue(String stakeholder, Outcome outcome, List<Double> yearlyImpact,
    double presentValue) {}
