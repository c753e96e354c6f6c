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

  /**
   * Ids come back from inserts as generated keys ({@code shared/Keys}); reading them back with
   * {@code select max(id)} hands one request another's row when two insert at once.
   */
  @Test
  void noCodeReadsAnInsertedIdBackWithMax() throws java.io.IOException {
    java.util.regex.Pattern maxId = java.util.regex.Pattern.compile("select\\s+max\\(\\s*id\\s*\\)",
        java.util.regex.Pattern.CASE_INSENSITIVE);
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
      java.util.List<String> offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
        try {
          return maxId.matcher(java.nio.file.Files.readString(f)).find();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(Object::toString).toList();
      org.assertj.core.api.Assertions.assertThat(offenders).isEmpty();
    }
  }

  @Test
  void theSecurityModuleDoesNotReachIntoCapabilities() {
    noClasses().that().resideInAPackage("org.phasezero.security..")
        .should().dependOnClassesThat().resideInAnyPackage("org.phasezero.network..", "org.phasezero.web..",
            "org.phasezero.demo..")
        .check(CLASSES);
  }
}
