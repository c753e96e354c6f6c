/**
 * Value: SROI accounts whose inputs are read from the ledger (funding, paid involvement, resources
 * given in money and hours), with outcomes valued by financial proxies, the result, one-way
 * sensitivity and Monte Carlo from the analysis library. Owns the tables {@code sroi_account},
 * {@code sroi_outcome} and {@code sroi_input}; reads the payments', partnerships' and spaces'
 * records for inputs and outputs, as totals, never people.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "network",
    "partnerships", "payments"})
package org.phasezero.value;
