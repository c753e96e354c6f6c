/**
 * Social capital: the network of ties, co-attendance, memberships and engagements built from the
 * platform's own records, its measures from the analysis library (centrality, brokerage, structural
 * holes, community ↔ statutory reach), key-person risk fed to the risk register, what-if
 * simulation, change over time, and GEXF, GraphML and CSV interchange with a network-survey import.
 * It owns no tables: it reads the network's, the spaces' and the partnerships' records and records
 * imported ties through the network's own service.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "network",
    "partnerships"})
package org.phasezero.socialcapital;
