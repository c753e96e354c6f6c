package org.phasezero.network;

/** How a person wants to be contacted; people without email are first-class. Labels for people are in the message bundle under {@code enum.ContactPreference.*}. */
public enum ContactPreference {
  PHONE, EMAIL, POST, THROUGH_ORGANISATION, NONE;
}
