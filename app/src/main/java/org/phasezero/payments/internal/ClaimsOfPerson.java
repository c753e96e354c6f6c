package org.phasezero.payments.internal;

import java.util.Optional;
import org.phasezero.network.PersonActivity;
import org.phasezero.payments.Claims;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Page;
import org.springframework.stereotype.Component;

/** A person's latest claims and their payment statement, for their page (claims are the claims scope's). */
@Component
class ClaimsOfPerson implements PersonActivity {

  private final Claims claims;

  ClaimsOfPerson(Claims claims) {
    this.claims = claims;
  }

  @Override
  public Optional<Section> about(long personId) {
    if (!CurrentUser.require().worksWithPeople()) {
      return Optional.empty();
    }
    var latest = claims.search(new Claims.Query(null, personId, null, null, false), new Page.Request(0, 10)).items()
        .stream()
        .map(c -> new Item("£" + c.total(), "enum.Activity." + c.activity().name(), c.activityDate(),
            "enum.ClaimStatus." + c.status().name(), "/payments/claims/" + c.id()))
        .toList();
    return Optional.of(new Section(30, "person.activity.claims", latest, "/payments/statements/" + personId,
        "person.activity.statement"));
  }
}
