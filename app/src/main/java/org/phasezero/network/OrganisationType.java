package org.phasezero.network;

/** The kinds of organisation in a co-production network. Labels for people are in the message bundle under {@code enum.OrganisationType.*}. */
public enum OrganisationType {
  COMMUNITY_GROUP, FAITH_ORGANISATION, VCSE, NHS_TRUST, ICB, LOCAL_AUTHORITY, COUNCIL, FUNDER, ACADEMIC,
  TALKING_THERAPIES_PROVIDER;

  /** The side an organisation of this type usually stands on, offered as the default. */
  public Side usualSide() {
    return switch (this) {
      case COMMUNITY_GROUP, FAITH_ORGANISATION, VCSE -> Side.COMMUNITY;
      case NHS_TRUST, ICB, LOCAL_AUTHORITY, COUNCIL, TALKING_THERAPIES_PROVIDER -> Side.STATUTORY;
      case FUNDER, ACADEMIC -> Side.INDEPENDENT;
    };
  }
}
