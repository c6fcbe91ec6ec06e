package org.barometer.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.barometer.core.archfixture.CoreClassReachingIntoTheApplication;
import org.barometer.core.archfixture.CoreClassUsingSpring;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The application's feature packages depend one way and never in a circle, the core stands alone
 * beneath them, and nothing but the clock package reads the machine's clock.
 */
class AppArchitectureTest {

  /** The application's and the core's own classes, as the application runs them. */
  private static final JavaClasses BAROMETER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.barometer");

  /**
   * The core depends on the JDK and itself only: not on the application, nor on anything the
   * application's class path would lend it if the core's pom gained a dependency.
   */
  static final ArchRule CORE_STANDS_ALONE =
      classes()
          .that()
          .resideInAPackage("org.barometer.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.barometer.core..", "java..")
          .because("the calculation core is plain Java beneath the application");

  private static final JavaClasses APPLICATION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.barometer.app");

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("org.barometer.app.(*)..").should().beFreeOfCycles().check(BAROMETER);
  }

  @Test
  void onlyTheClockPackageReadsTheSystemClock() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.barometer.app.clock..")
        .should()
        .callCodeUnitWhere(SystemClockReads.READ_THE_SYSTEM_CLOCK)
        .because("time comes from the application's Clock, so every day behaves as configured")
        .check(APPLICATION);
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
  void theCoreDependsOnNothingButItselfAndTheJdk() {
    assertThat(BAROMETER.stream().map(JavaClass::getPackageName))
        .as("the rule sees the core and the application side by side")
        .anyMatch(name -> name.startsWith("org.barometer.core."))
        .anyMatch(name -> name.startsWith("org.barometer.app."));

    CORE_STANDS_ALONE.check(BAROMETER);
  }

  @Test
  void theCoreRuleFailsForACoreClassThatReachesIntoTheApplicationOrAFramework() {
    JavaClasses reachingIn =
        new ClassFileImporter()
            .importClasses(CoreClassReachingIntoTheApplication.class, BarometerApplication.class);
    JavaClasses usingSpring = new ClassFileImporter().importClasses(CoreClassUsingSpring.class);

    assertThatThrownBy(() -> CORE_STANDS_ALONE.check(reachingIn))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.barometer.app.BarometerApplication");
    assertThatThrownBy(() -> CORE_STANDS_ALONE.check(usingSpring))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.springframework");
  }

  @Test
  void theCoresPomHasNoDependencyBeyondItsTests() throws Exception {
    Path pom = Path.of("..", "core", "pom.xml");
    assertThat(pom).exists();

    List<String> shipped = new ArrayList<>();
    NodeList dependencies =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new File(pom.toString()))
            .getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      NodeList scope = dependency.getElementsByTagName("scope");
      if (scope.getLength() == 0 || !scope.item(0).getTextContent().trim().equals("test")) {
        shipped.add(dependency.getElementsByTagName("artifactId").item(0).getTextContent());
      }
    }

    assertThat(Files.readString(pom)).contains("<artifactId>barometer-core</artifactId>");
    assertThat(shipped).as("dependencies of the core outside its tests").isEmpty();
  }
}
