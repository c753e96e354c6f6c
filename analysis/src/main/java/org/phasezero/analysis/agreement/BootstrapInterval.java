package org.phasezero.analysis.agreement;

/**
 * A percentile bootstrap confidence interval.
 *
 * @param low lower bound (NaN when no replicate was defined)
 * @param high upper bound
 * @param confidence the nominal coverage, e.g. 0.95
 * @param replicates resamples drawn
 * @param used resamples whose statistic was defined, from which the bounds come
 * @param seed the random seed that reproduces the interval
 */
public record BootstrapInterval(double low, double high, double confidence, int replicates,
    int used, long seed) {}
