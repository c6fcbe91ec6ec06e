package org.barometer.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
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

  /**
   * The no-argument {@code now()} of every {@code java.time} type, {@code Clock.system*}, {@code
   * System.currentTimeMillis()} and {@code new Date()}: reads of the machine's clock.
   */
  private static final DescribedPredicate<JavaCall<?>> READS_THE_SYSTEM_CLOCK =
      DescribedPredicate.describe(
          "read the system clock",
          call -> {
            String owner = call.getTarget().getOwner().getName();
            String name = call.getTarget().getName();
            boolean noArguments = call.getTarget().getRawParameterTypes().isEmpty();
            return (owner.startsWith("java.time.") && name.equals("now") && noArguments)
                || (owner.equals("java.time.Clock") && name.startsWith("system"))
                || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"))
                || (owner.equals("java.util.Date") && name.equals("<init>") && noArguments);
          });

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
        .callCodeUnitWhere(READS_THE_SYSTEM_CLOCK)
        .because("time is passed in, never read deep inside the core")
        .check(CORE);
  }

  @Test
  void testsNeverReadTheSystemClock() {
    noClasses()
        .should()
        .callCodeUnitWhere(READS_THE_SYSTEM_CLOCK)
        .because("a test that reads today's date passes on some days and fails on others")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.barometer.core"));
  }

  @Test
  void hasNoCyclesBetweenFeatures() {
    slices().matching("org.barometer.core.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
