package org.barometer.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The application's feature packages depend one way and never in a circle, and nothing but the
 * clock package reads the machine's clock.
 */
class AppArchitectureTest {

  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.barometer.app");

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("org.barometer.app.(*)..").should().beFreeOfCycles().check(APP);
  }

  @Test
  void onlyTheClockPackageReadsTheSystemClock() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.barometer.app.clock..")
        .should()
        .callCodeUnitWhere(SystemClockReads.READ_THE_SYSTEM_CLOCK)
        .because("time comes from the application's Clock, so every day behaves as configured")
        .check(APP);
  }

  @Test
  void testsNeverReadTheSystemClock() {
    noClasses()
        .should()
        .callCodeUnitWhere(SystemClockReads.READ_THE_SYSTEM_CLOCK)
        .because("a test that reads today's date passes on some days and fails on others")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.barometer.app"));
  }

  @Test
  void theCoreDoesNotReachIntoTheApplication() {
    noClasses()
        .that()
        .resideInAPackage("org.barometer.core..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.barometer.app..")
        .check(new ClassFileImporter().importPackages("org.barometer.core"));
  }
}
