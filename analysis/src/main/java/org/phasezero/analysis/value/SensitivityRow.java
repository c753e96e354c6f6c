package org.phasezero.analysis.value;

/**
 * One assumption of one outcome varied on its own.
 *
 * @param stakeholder the stakeholder's name
 * @param outcome the outcome's name
 * @param assumption the assumption varied
 * @param base its value in the model
 * @param low the low value tried
 * @param high the high value tried
 * @param ratioAtLow the SROI ratio with the low value
 * @param ratioAtHigh the SROI ratio with the high value
 * @param breakEven the value at which the ratio is exactly 1, all else unchanged; null when no
 *     allowed value reaches it (see {@link OneWaySensitivity})
 */
public record SensitivityRow(String stakeholder, String outcome, Assumption assumption,
    double base, double low, double high, double ratioAtLow, double ratioAtHigh,
    Double breakEven) {}
