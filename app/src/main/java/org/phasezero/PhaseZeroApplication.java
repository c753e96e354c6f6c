package org.phasezero;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * The PhaseZero server. Started by {@code phasezero serve}; each top-level package below this one
 * is an application module (see ARCHITECTURE.md) verified by Spring Modulith in the tests.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class PhaseZeroApplication {}
