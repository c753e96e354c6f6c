package org.phasezero.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.phasezero.shared.Page;
import org.springframework.stereotype.Service;

/**
 * Choosing a person on a form among hundreds: the state of each person picker on a form
 * ({@code fragments/person-picker}). Without JavaScript a picker is a search step: the person types
 * part of a name into {@code <field>-find} and presses the picker's Search button (named
 * {@value #FIND}, its value the field), the form comes back with everything kept and a short list
 * of matches as radio buttons named for the field. With htmx the matches follow the typing.
 *
 * <p>It offers exactly the people the user may refer to from a form ({@link PersonReferences}):
 * live people within their scope, found through {@link People#search}, pseudonymised for
 * researchers as everywhere else. Namesakes are told apart by organisation, role and pseudonym.
 */
@Service
public class PersonPicker {

  /** The name of each picker's Search button; its value is the picker's field. */
  public static final String FIND = "find";
  /** How many matches a picker shows; more than that asks for more of the name. */
  public static final int SHOWN = 8;

  private final People people;

  PersonPicker(People people) {
    this.people = people;
  }

  /**
   * One picker: the person chosen so far (null if none, or if the user may not refer to them),
   * what was typed, and the first matches for it (the chosen person left out, being shown already).
   */
  public record Pick(String field, String text, Person chosen, List<Person> matches, long total, boolean more,
      List<Person> chosenMany, boolean many) {

    public Pick(String field, String text, Person chosen, List<Person> matches, long total, boolean more) {
      this(field, text, chosen, matches, total, more, List.of(), false);
    }

    public boolean searched() {
      return !text.isEmpty();
    }
  }

  /** The pickers of one form, by field, for the template ({@code ${picks.get('personId')}}). */
  public final class Picks {
    private final Function<String, String> params;
    private final Map<String, Pick> byField = new LinkedHashMap<>();

    private Picks(Function<String, String> params) {
      this.params = params;
    }

    /** Adds the picker for a field, with its current value and what was typed into its search box. */
    public Picks field(String field, Long chosen) {
      byField.put(field, pick(field, chosen, params.apply(field + "-find")));
      return this;
    }

    /**
     * Adds a picker that chooses several people (the people at an engagement): those chosen so far
     * are ticked, and each search adds its matches, unticked, beside them.
     */
    public Picks fieldMany(String field, java.util.Collection<Long> chosen) {
      byField.put(field, pickMany(field, chosen, params.apply(field + "-find")));
      return this;
    }

    public Pick get(String field) {
      return byField.get(field);
    }
  }

  /** The pickers of a form, reading what was typed from the request's parameters. */
  public Picks on(Function<String, String> requestParams) {
    return new Picks(requestParams);
  }

  /** The pickers of a form, reading what was typed from the parameters of the request being answered. */
  public Picks onThisRequest() {
    return on(currentRequest());
  }

  /** {@link #searching(Function)} for the request being answered. */
  public static boolean searching() {
    return searching(currentRequest());
  }

  private static Function<String, String> currentRequest() {
    var attributes = (org.springframework.web.context.request.ServletRequestAttributes)
        org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
    return attributes.getRequest()::getParameter;
  }

  /**
   * Whether a submitted form is a search step rather than a save: a picker's Search button was
   * pressed with something typed. (Pressing Enter in a form submits with its first button, so a
   * form whose first picker has nothing typed in it is saved as before.)
   */
  public static boolean searching(Function<String, String> requestParams) {
    String field = requestParams.apply(FIND);
    String text = field == null ? null : requestParams.apply(field + "-find");
    return text != null && !text.isBlank();
  }

  /**
   * Shows the form again for a search step, as typed and without the errors of a form the person
   * has not finished yet (a form validated on binding has them already).
   */
  public static String searchStep(org.springframework.ui.Model model, org.springframework.validation.BindingResult result,
      java.util.function.Supplier<String> show) {
    model.addAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + result.getObjectName(),
        new org.springframework.validation.BeanPropertyBindingResult(result.getTarget(), result.getObjectName()));
    return show.get();
  }

  /** The several-people picker: the chosen people the user may refer to, and matches that are not among them. */
  public Pick pickMany(String field, java.util.Collection<Long> chosenIds, String text) {
    List<Person> chosen = (chosenIds == null ? List.<Long>of() : chosenIds).stream().distinct()
        .limit(org.phasezero.shared.IdLists.MAX).map(id -> people.referable(id).orElse(null))
        .filter(java.util.Objects::nonNull).toList();
    java.util.Set<Long> ids = chosen.stream().map(Person::id).collect(java.util.stream.Collectors.toSet());
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      return new Pick(field, "", null, List.of(), 0, false, chosen, true);
    }
    Page<Person> found = people.search(new People.Query(typed, null, null, false),
        new Page.Request(0, SHOWN + ids.size() + 1));
    List<Person> others = found.items().stream().filter(p -> !ids.contains(p.id())).toList();
    List<Person> matches = others.stream().limit(SHOWN).toList();
    return new Pick(field, typed, null, matches, found.total(), others.size() > SHOWN, chosen, true);
  }

  public Pick pick(String field, Long chosenId, String text) {
    Person chosen = chosenId == null ? null : people.referable(chosenId).orElse(null);
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      return new Pick(field, "", chosen, List.of(), 0, false);
    }
    Page<Person> found = people.search(new People.Query(typed, null, null, false), new Page.Request(0, SHOWN + 1));
    List<Person> others = found.items().stream().filter(p -> chosen == null || p.id() != chosen.id()).toList();
    List<Person> matches = others.stream().limit(SHOWN).toList();
    long shown = matches.size() + (others.size() < found.items().size() ? 1 : 0);
    return new Pick(field, typed, chosen, matches, found.total(), found.total() > shown);
  }
}
