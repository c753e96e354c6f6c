package org.phasezero.payments;

/** What a rate is paid per: an hour, a session (a meeting, however long) or a day. Labels under {@code enum.RateUnit.*}. */
public enum RateUnit {
  HOUR, SESSION, DAY
}
