package org.phasezero.network.web;

import org.phasezero.shared.Forbidden;

/** Edit pages refuse (403) people who can see a record but not change it, rather than show a form that would fail. */
final class MayEdit {

  private MayEdit() {}

  static void require(boolean mayEdit) {
    if (!mayEdit) {
      throw new Forbidden("You can see this record but not change it.");
    }
  }
}
