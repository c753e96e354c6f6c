package org.phasezero;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the module boundaries of ARCHITECTURE.md: capabilities talk through their public APIs. */
class ModuleStructureTest {

  /** The analysis library is a separate Maven module (its boundary is checked below), not an application module. */
  static final ApplicationModules MODULES = ApplicationModules.of(PhaseZeroApplication.class,
      JavaClass.Predicates.resideInAPackage("org.phasezero.analysis.."));
  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.phasezero");

  @Test
  void modulesOnlyUseEachOthersPublicApis() {
    MODULES.verify();
  }

  @Test
  void nothingDependsOnTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("org.phasezero.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.phasezero.cli..")
        .check(CLASSES);
  }

  @Test
  void theAnalysisLibraryKnowsNothingOfTheApplication() {
    noClasses().that().resideInAPackage("org.phasezero.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
            "org.phasezero.network..", "org.phasezero.security..", "org.phasezero.web..", "org.phasezero.cli..")
        .check(new ClassFileImporter().importPackages("org.phasezero.analysis"));
  }

  @Test
  void theSecurityModuleDoesNotReachIntoCapabilities() {
    noClasses().that().resideInAPackage("org.phasezero.security..")
        .should().dependOnClassesThat().resideInAnyPackage("org.phasezero.network..", "org.phasezero.web..",
            "org.phasezero.demo..")
        .check(CLASSES);
  }
}
