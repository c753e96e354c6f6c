package org.phasezero.analysis.agreement;

/**
 * Krippendorff's alpha with what it was computed from.
 *
 * @param alpha 1 − D<sub>o</sub>/D<sub>e</sub>; NaN when the pairable values do not vary (D<sub>e</sub>
 *     = 0), where alpha is undefined
 * @param level the level of measurement
 * @param units units in the data (pairable or not)
 * @param coders coders in the data
 * @param pairableUnits units with at least two values
 * @param pairableValues n, the values in pairable units
 * @param observedDisagreement D<sub>o</sub>
 * @param expectedDisagreement D<sub>e</sub>
 */
public record AlphaEstimate(double alpha, MeasurementLevel level, int units, int coders,
    int pairableUnits, long pairableValues, double observedDisagreement,
    double expectedDisagreement) {}
