package org.phasezero.discourse;

import java.util.Locale;

/** The shape of a posts export: CSV with a header row, a JSON array of objects, or JSON Lines. */
public enum PostFormat {
  CSV, JSON, JSONL;

  /** The format a file's name suggests (.csv, .json, .jsonl or .ndjson), or null. */
  public static PostFormat ofFileName(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return CSV;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return JSONL;
    }
    return n.endsWith(".json") ? JSON : null;
  }
}
