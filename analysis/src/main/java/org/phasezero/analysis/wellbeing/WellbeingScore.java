package org.phasezero.analysis.wellbeing;

/**
 * One person's score on a scale at one time.
 *
 * @param scale the scale scored
 * @param raw the sum of the item scores
 * @param metric the score on which change is measured: the Rasch metric score for SWEMWBS, the
 *     raw total for WEMWBS (which needs no conversion)
 */
public record WellbeingScore(WellbeingScale scale, int raw, double metric) {}
