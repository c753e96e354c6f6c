package org.phasezero.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The ladder's seven steps read in three groups: two doing to, three doing for, two doing with. */
class LadderStepTest {

  @Test
  void theStepsFallIntoDoingToForAndWith() {
    assertThat(Arrays.stream(LadderStep.values()).filter(s -> s.group() == LadderStep.Group.TO))
        .containsExactly(LadderStep.COERCION, LadderStep.EDUCATING);
    assertThat(Arrays.stream(LadderStep.values()).filter(s -> s.group() == LadderStep.Group.FOR))
        .containsExactly(LadderStep.INFORMING, LadderStep.CONSULTATION, LadderStep.ENGAGEMENT);
    assertThat(Arrays.stream(LadderStep.values()).filter(s -> s.group() == LadderStep.Group.WITH))
        .containsExactly(LadderStep.CO_DESIGN, LadderStep.CO_PRODUCTION);
  }
}
