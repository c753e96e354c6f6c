package org.phasezero.network.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import org.phasezero.network.People;
import org.phasezero.network.Person;
import org.phasezero.network.PersonForm;
import org.phasezero.network.PersonRole;
import org.phasezero.shared.Page;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/people}: people, within the caller's scope (pseudonymised for researchers). */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApi {

  private final People people;

  PeopleApi(People people) {
    this.people = people;
  }

  record MembershipRequest(@NotNull Long organisationId, @Size(max = 100) String roleInOrganisation,
      @PastOrPresent LocalDate since) {}

  @GetMapping
  Page<Person> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long organisationId,
      @RequestParam(required = false) PersonRole role, @RequestParam(defaultValue = "false") boolean includeVoided,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    return people.search(new People.Query(q, organisationId, role, includeVoided), new Page.Request(page, size));
  }

  @GetMapping("/{id}")
  Person get(@PathVariable long id) {
    return people.get(id);
  }

  @PostMapping
  ResponseEntity<Person> create(@Valid @RequestBody PersonForm form) {
    Person p = people.create(form);
    return ResponseEntity.created(URI.create("/api/v1/people/" + p.id())).body(p);
  }

  @PutMapping("/{id}")
  Person update(@PathVariable long id, @Valid @RequestBody PersonForm form) {
    return people.update(id, form);
  }

  @PostMapping("/{id}/memberships")
  Person addMembership(@PathVariable long id, @Valid @RequestBody MembershipRequest request) {
    return people.addMembership(id, request.organisationId(), request.roleInOrganisation(), request.since());
  }

  /** Data-protection erasure: clears the person's identifying data here and in the audit trail. */
  @PostMapping("/{id}/erase")
  Person erase(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return people.erase(id, request.getReason());
  }

  @PostMapping("/{id}/void")
  Person voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return people.voidRecord(id, request.getReason());
  }
}
