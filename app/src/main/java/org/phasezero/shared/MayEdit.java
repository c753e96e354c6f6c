package org.phasezero.shared;


/** Edit pages refuse (403) people who can see a record but not change it, rather than show a form that would fail. */
public final class MayEdit {

  private MayEdit() {}

  public static void require(boolean mayEdit) {
    if (!mayEdit) {
      throw new Forbidden("You can see this record but not change it.");
    }
  }
}
