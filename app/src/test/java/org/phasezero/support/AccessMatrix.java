package org.phasezero.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.phasezero.security.Role;

/**
 * The shape of every access-matrix test: rows of "what is asked" with the status each role must
 * get, expanded into one parameterised case per row and role.
 */
public final class AccessMatrix {

  private AccessMatrix() {}

  /** One row: what is asked (given the test instance and a role) and the expected status per role. */
  public record Case<T>(String name, BiFunction<T, Role, Integer> call, Map<Role, Integer> expected) {}

  /** Expected statuses in the order coordinator, site lead, statutory partner, researcher, peer researcher. */
  public static Map<Role, Integer> expect(int coordinator, int siteLead, int partner, int researcher, int peer) {
    Map<Role, Integer> m = new LinkedHashMap<>();
    m.put(Role.COORDINATOR, coordinator);
    m.put(Role.SITE_LEAD, siteLead);
    m.put(Role.STATUTORY_PARTNER, partner);
    m.put(Role.RESEARCHER, researcher);
    m.put(Role.PEER_RESEARCHER, peer);
    return m;
  }

  /** One JUnit argument set (name, role, expected status, row) per row and role. */
  public static <T> Stream<Arguments> arguments(List<Case<T>> cases) {
    return cases.stream().flatMap(c -> c.expected().entrySet().stream()
        .map(e -> Arguments.of(c.name(), e.getKey(), e.getValue(), c)));
  }
}
