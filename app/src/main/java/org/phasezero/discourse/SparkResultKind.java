package org.phasezero.discourse;

/**
 * What a result of {@code phasezero spark} is, known by the name of its table in the JSON. Labels
 * are in the bundle as {@code enum.SparkResultKind.*}.
 */
public enum SparkResultKind {
  FREQUENCIES("top"),
  KEYNESS("keywords"),
  COLLOCATES("collocates"),
  COUNTS("groups");

  private final String table;

  SparkResultKind(String table) {
    this.table = table;
  }

  /** The field of the JSON that holds the result's rows. */
  public String table() {
    return table;
  }
}
