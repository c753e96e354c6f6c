/**
 * Thematic networks (Attride-Stirling 2001): a project's codes reduced to basic themes, grouped
 * into organising themes and summarised by one global theme, each theme traced down to the coded
 * passages that support it. Tables {@code thematic_network}, {@code theme} and {@code theme_code}.
 */
@org.springframework.modulith.NamedInterface("themes")
package org.phasezero.evidence.themes;
