package org.phasezero.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * What needs the signed-in user today, for the home page: each capability contributes the lists of
 * work it owns for the roles it serves (claims awaiting approval from payments, overdue actions from
 * shared spaces, and so on), so the home page shows them without knowing their rules. A capability
 * returns nothing for a role its lists do not concern, and only what that user may see.
 */
public interface TodayTasks {

  List<TaskList> today(LocalDate today);

  /** How many entries a list shows before "see all". */
  int SHOWN = 5;

  /**
   * @param order where the list stands on the page (lower first)
   * @param titleKey message key of its heading
   * @param emptyKey message key of what it says when there is nothing to do
   * @param scopeKey message key of what its count covers when the user sees only part of the network
   *     (e.g. "your organisation only"), or null when it covers everything
   * @param total how many there are in all (the list shows at most {@link #SHOWN})
   * @param tasks the first few, most pressing first
   * @param allHref the page with all of them, or null
   * @param counted whether the heading shows how many there are (work to do), or not (figures to read)
   */
  record TaskList(int order, String titleKey, String emptyKey, String scopeKey, long total, List<Task> tasks,
      String allHref, boolean counted) {

    /** Work to do: the heading counts it. */
    public static TaskList of(int order, String key, String scopeKey, List<Task> all, String allHref) {
      return new TaskList(order, key + ".title", key + ".none", scopeKey, all.size(),
          all.subList(0, Math.min(SHOWN, all.size())), allHref, true);
    }

    /** Things to read (published figures, charts): listed without a count. */
    public static TaskList toRead(int order, String key, List<Task> all, String allHref) {
      return new TaskList(order, key + ".title", key + ".none", null, all.size(),
          all.subList(0, Math.min(SHOWN, all.size())), allHref, false);
    }

    public boolean more() {
      return total > tasks.size();
    }
  }

  /**
   * @param label what it is, in words (a name, a title)
   * @param detail a short second line (the partnership, an amount), or null
   * @param date the date that matters (due, held, ending), or null
   * @param urgent whether it is late or overspent (shown with a red tag)
   * @param statusKey message key of the tag's text, or null
   * @param href where to act on it, or null when the user may not open it
   */
  record Task(String label, String detail, LocalDate date, boolean urgent, String statusKey, String href) {}
}
