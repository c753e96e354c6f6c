package org.phasezero.analysis.value;

import java.util.List;

/**
 * The result of an SROI calculation.
 *
 * @param inputs total inputs
 * @param presentValue present value of all outcomes
 * @param npv net present value: present value − inputs
 * @param ratio SROI ratio: present value ÷ inputs
 * @param stakeholders present value per stakeholder, in model order
 * @param outcomes present value per outcome, in model order
 */
public record SroiResult(double inputs, double presentValue, double npv, double ratio,
    List<StakeholderValue> stakeholders, List<OutcomeValue> outcomes) {}
