package org.phasezero.analysis.value;

/**
 * Monte Carlo summary of an SROI.
 *
 * @param simulations how many models were drawn
 * @param seed the seed that reproduces them
 * @param ratio distribution of the SROI ratio
 * @param presentValue distribution of the present value
 * @param shareAtLeastOne share of draws whose ratio is at least 1
 */
public record MonteCarloResult(int simulations, long seed, DistributionSummary ratio,
    DistributionSummary presentValue, double shareAtLeastOne) {}
