package org.phasezero.cli;

/** How a command prints its result: text for people, JSON and CSV for scripts. */
public enum OutputFormat {
  TEXT, JSON, CSV
}
