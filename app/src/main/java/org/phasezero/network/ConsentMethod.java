package org.phasezero.network;

/** How a consent was obtained. Labels for people are in the message bundle under {@code enum.ConsentMethod.*}. */
public enum ConsentMethod {
  WRITTEN, VERBAL, ONLINE, EASY_READ_FORM, THROUGH_ADVOCATE;
}
