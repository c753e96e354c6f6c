package org.phasezero.network;

/** The parts people play in the network; a person may have several. Labels for people are in the message bundle under {@code enum.PersonRole.*}. */
public enum PersonRole {
  COMMUNITY_LEADER, EXPERT_BY_EXPERIENCE, CARER, CLINICIAN, COMMISSIONER, ELECTED_MEMBER, BROKER,
  RESEARCHER, PEER_RESEARCHER, TRUSTEE;
}
