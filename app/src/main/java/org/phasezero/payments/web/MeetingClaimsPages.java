package org.phasezero.payments.web;

import java.math.BigDecimal;
import java.util.List;
import org.phasezero.payments.MeetingClaims;
import org.phasezero.payments.RateUnit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Create claims for the community attendees" from a meeting: the community-side attendees without a
 * claim, all ticked, and the hours the meeting lasted; one press submits a claim for each. What was
 * created and what was refused (and why) is shown on the same page.
 */
@Controller
@RequestMapping("/payments/meetings/{meetingId}/claims")
class MeetingClaimsPages {

  /** Hours offered when the form opens: a typical meeting with its preparation. */
  static final BigDecimal DEFAULT_HOURS = new BigDecimal("2");

  private final MeetingClaims meetingClaims;

  MeetingClaimsPages(MeetingClaims meetingClaims) {
    this.meetingClaims = meetingClaims;
  }

  @GetMapping
  String form(@PathVariable long meetingId, Model model) {
    return show(meetingId, DEFAULT_HOURS.toPlainString(), null, null, model);
  }

  @PostMapping
  String create(@PathVariable long meetingId, @RequestParam(name = "personIds", required = false) List<Long> personIds,
      @RequestParam(required = false) String hours, Model model) {
    BigDecimal quantity = parseHours(hours);
    if (personIds == null || personIds.isEmpty()) {
      return show(meetingId, hours, "meetingClaims.choose", List.of(), model);
    }
    if (quantity == null) {
      return show(meetingId, hours, "meetingClaims.hours.invalid", personIds, model);
    }
    model.addAttribute("outcomes", meetingClaims.create(meetingId, personIds, RateUnit.HOUR, quantity));
    return show(meetingId, hours, null, null, model);
  }

  /**
   * The form; {@code ticked} are the people ticked when it was sent (null when it opens, when everyone
   * without a claim is ticked): a form that comes back with a problem keeps who was left out, left out.
   */
  private String show(long meetingId, String hours, String error, List<Long> ticked, Model model) {
    model.addAttribute("ticked", ticked);
    model.addAttribute("meeting", meetingClaims.meeting(meetingId));
    model.addAttribute("candidates", meetingClaims.candidates(meetingId));
    model.addAttribute("hours", hours);
    model.addAttribute("error", error);
    return "payments/meeting-claims";
  }

  /** Hours as typed ("2", "2.5"), more than 0 and at most a day; null when it is not that. */
  static BigDecimal parseHours(String text) {
    try {
      BigDecimal h = new BigDecimal(text.strip());
      return h.signum() > 0 && h.compareTo(new BigDecimal("24")) <= 0 && h.scale() <= 2 ? h : null;
    } catch (RuntimeException notANumber) {
      return null;
    }
  }
}
