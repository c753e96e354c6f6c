package org.phasezero.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar manifest. */
public class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = PhaseZeroCommand.class.getPackage().getImplementationVersion();
    return new String[] {"PhaseZero " + (v == null ? "development build" : v)};
  }
}
