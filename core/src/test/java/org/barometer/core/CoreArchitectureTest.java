package org.barometer.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays plain Java: no framework, no I/O library, no cycles between its features. */
class CoreArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.barometer.core");

  @Test
  void dependsOnNothingButTheJdk() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("org.barometer.core..", "java..")
        .because("the calculation core is pure Java, with no framework in it")
        .check(CORE);
  }

  @Test
  void usesNoClockOfItsOwn() {
    noClasses()
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.YearMonth.class, "now")
        .because("time is passed in, never read deep inside the core")
        .check(CORE);
  }

  @Test
  void hasNoCyclesBetweenFeatures() {
    slices().matching("org.barometer.core.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
