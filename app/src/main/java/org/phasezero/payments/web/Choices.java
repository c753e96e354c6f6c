package org.phasezero.payments.web;

import java.util.List;
import java.util.Map;
import org.phasezero.network.Organisations;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.shared.Choice;

/** Records offered in the payments forms' selects. */
final class Choices {

  private Choices() {}

  static List<Choice> of(List<Map.Entry<Long, String>> entries) {
    return entries.stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
  }

  static List<Choice> partnerships(Partnerships partnerships) {
    return partnerships.all().stream().map(p -> new Choice(p.id(), p.name())).toList();
  }

  static List<Choice> organisations(Organisations organisations) {
    return organisations.choices().stream().map(o -> new Choice(o.id(), o.name())).toList();
  }
}
