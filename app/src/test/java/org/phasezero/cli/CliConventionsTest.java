package org.phasezero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliConventionsTest {

  @Test
  void helpListsTheCommandGroups() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("agreement", "corpus", "network", "wellbeing", "value", "qdpx");
  }

  @Test
  void anUnknownOptionIsOneLineOnStderrWithExitTwo() {
    CliRun run = CliRun.of("--no-such-option");
    assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("--no-such-option");
  }
}
