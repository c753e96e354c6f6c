package org.phasezero.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** The current user is never guessed: no one signed in is refused, and the system says it is the system. */
class CurrentUserTest {

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void requireRefusesWhenNoOneIsSignedIn() {
    SecurityContextHolder.clearContext();
    assertThat(CurrentUser.get()).isEmpty();
    assertThatThrownBy(CurrentUser::require).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SystemActor");
  }

  @Test
  void systemWorkRunsAsAnExplicitAuditedSystemActor() {
    try (var system = SystemActor.enter("nightly report")) {
      CurrentUser u = CurrentUser.require();
      assertThat(u.isSystem()).isTrue();
      assertThat(u.username()).startsWith(CurrentUser.SYSTEM_PREFIX + "/");
    }
    assertThat(CurrentUser.get()).isEmpty();
  }
}
