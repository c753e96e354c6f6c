package org.phasezero.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a person has taken part in, for their page: each capability contributes a section (ties
 * here; meetings attended from shared spaces; claims and the statement from payments), so that the
 * network shows it without depending on them. A section holds only what the viewer may see, and is
 * empty (not shown) for viewers who may see none of it.
 */
public interface PersonActivity {

  Optional<Section> about(long personId);

  /**
   * @param order where the section stands on the page
   * @param titleKey the message key of its heading
   * @param items the latest entries, newest first
   * @param moreHref where the whole list is, or null
   * @param moreKey the message key of the link to it, or null
   */
  record Section(int order, String titleKey, List<Item> items, String moreHref, String moreKey) {}

  /**
   * @param label what it is, in words
   * @param kindKey a message key for what kind of thing it is (shown after the label), or null
   * @param date when, or null
   * @param statusKey a message key for its state (e.g. a claim's status), or null
   * @param href its page, or null
   */
  record Item(String label, String kindKey, LocalDate date, String statusKey, String href) {}
}
