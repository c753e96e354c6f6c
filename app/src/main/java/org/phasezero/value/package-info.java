/**
 * Value: wellbeing outcomes (WEMWBS, SWEMWBS) answered at a baseline and follow-ups; SROI accounts
 * whose inputs are read from the ledger (funding, paid involvement, resources given in money and
 * hours), with outcomes valued by financial proxies (or measured on wellbeing), the result, one-way
 * sensitivity and Monte Carlo from the analysis library; and commissioner evidence packs (PDF,
 * XLSX) reproducible from the audit trail. Owns {@code wellbeing_*}, {@code sroi_*} and
 * {@code evidence_pack}; reads the payments', partnerships' and spaces' records for inputs and
 * outputs, as totals, never people.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "security :: audit", "network", "reporting",
    "partnerships", "payments", "spaces", "socialcapital", "evidence", "evidence :: themes"})
package org.phasezero.value;
