/**
 * Research evidence: projects and their members, sources made of speaker turns or paragraphs, the
 * codebook, codings, memos, cases, the pseudonym key, search and REFI-QDA interchange. Tables
 * {@code research_project}, {@code project_member}, {@code evidence_source}, {@code source_segment},
 * {@code source_file}, {@code evidence_code}, {@code coding}, {@code memo}, {@code evidence_case},
 * {@code case_variable}, {@code case_value}, {@code case_source}, {@code pseudonym_key},
 * {@code evidence_quote} and {@code project_kept_xml}; thematic networks in {@code themes/}
 * ({@code thematic_network}, {@code theme}, {@code theme_code}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "security :: audit",
    "network", "spaces", "reporting"})
package org.phasezero.evidence;
