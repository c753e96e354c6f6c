/** Research evidence: projects, sources, codes, codings, memos, cases, search and REFI-QDA interchange. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "network"})
package org.phasezero.evidence;
