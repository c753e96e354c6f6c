package org.phasezero.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a command: under spark-submit the cluster's master is taken as given;
 * otherwise {@code local[*]}, every core of this machine, unless a master is named.
 */
public final class SparkSessions {

  private SparkSessions() {}

  /** A session for {@code master}, or for spark-submit's or local[*] when master is null. */
  public static SparkSession start(String master, boolean showProgress) {
    SparkConf conf = new SparkConf().setAppName("PhaseZero corpus counts");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    // Counting needs no web UI; a bar on the terminal shows progress instead.
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.ui.showConsoleProgress", String.valueOf(showProgress));
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
