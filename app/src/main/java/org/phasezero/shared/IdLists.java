package org.phasezero.shared;

/**
 * The most records one list in a form or request may name (members of a partnership, people at an
 * engagement). Far above any real network, and low enough that validating and saving a list stays
 * cheap; every such field carries {@code @Size(max = IdLists.MAX, message = "{list.tooLong}")}.
 */
public final class IdLists {

  public static final int MAX = 500;

  private IdLists() {}
}
