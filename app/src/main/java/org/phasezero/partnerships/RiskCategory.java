package org.phasezero.partnerships;

/** The risks a co-production network watches, per network and per partnership. */
public enum RiskCategory {
  /** Reliance on one person (often the broker); recorded by hand until computed from the social network. */
  KEY_PERSON_DEPENDENCY,
  MISSION_DRIFT,
  /** Involvement for show, with no transfer of power. */
  INSTRUMENTAL_PARTICIPATION,
  OVER_EXPANSION,
  FUNDING_DEPENDENCE,
  SAFEGUARDING,
  CLINICAL_GOVERNANCE
}
