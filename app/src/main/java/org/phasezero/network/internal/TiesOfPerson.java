package org.phasezero.network.internal;

import java.util.Optional;
import org.phasezero.network.PersonActivity;
import org.phasezero.network.Ties;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Page;
import org.springframework.stereotype.Component;

/** A person's ties, for their page: whom they trust and how, within what the viewer may see. */
@Component
class TiesOfPerson implements PersonActivity {

  private final Ties ties;

  TiesOfPerson(Ties ties) {
    this.ties = ties;
  }

  @Override
  public Optional<Section> about(long personId) {
    if (!CurrentUser.require().worksWithPeople()) {
      return Optional.empty();
    }
    var found = ties.search(null, personId, false, new Page.Request(0, 10)).items().stream()
        .map(t -> new Item((t.from().personId() != null && t.from().personId() == personId ? t.to() : t.from()).name(),
            "enum.TieKind." + t.kind().name(), t.since(), null, "/ties/" + t.id()))
        .toList();
    return Optional.of(new Section(10, "person.activity.ties", found, "/ties?personId=" + personId,
        "person.activity.ties.all"));
  }
}
