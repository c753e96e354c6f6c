package org.phasezero.spaces;

/** The kinds of shared space a partnership runs. Labels are in the bundle under {@code enum.SpaceKind.*}. */
public enum SpaceKind {
  FORUM, REFERENCE_GROUP, CONFERENCE, STEERING_GROUP
}
