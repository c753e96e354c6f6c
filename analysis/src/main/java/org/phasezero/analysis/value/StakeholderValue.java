package org.phasezero.analysis.value;

/**
 * What one stakeholder's outcomes contribute to an SROI.
 *
 * @param name the stakeholder
 * @param presentValue present value of all its outcomes
 * @param share its share of the total present value (0 when the total is 0)
 */
public record StakeholderValue(String name, double presentValue, double share) {}
