package org.phasezero.analysis.corpus;

import java.util.Locale;

/**
 * A lexical association score computed from a {@link Cooccurrence} table; higher means more
 * strongly associated. The definitions follow Evert (2008); see each implementation.
 */
public interface AssociationMeasure {

  /** The short name used on the command line and in output. */
  String name();

  double score(Cooccurrence c);

  /**
   * The measure for a name: {@code mi} (or {@code pmi}), {@code mi3}, {@code t}, {@code z},
   * {@code ll}, {@code logdice}.
   *
   * @throws IllegalArgumentException for any other name
   */
  static AssociationMeasure named(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "mi":
      case "pmi":
        return new MutualInformation();
      case "mi3":
        return new CubicMutualInformation();
      case "t":
        return new TScore();
      case "z":
        return new ZScore();
      case "ll":
        return new LogLikelihoodAssociation();
      case "logdice":
        return new LogDice();
      default:
        throw new IllegalArgumentException("unknown association measure '" + name
            + "' (expected one of mi, pmi, mi3, t, z, ll, logdice)");
    }
  }
}
