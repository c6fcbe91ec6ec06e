package org.barometer.app.chart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The charts are plain Java, so a page, a PDF or a batch job can draw them alike. */
class ChartDependenciesTest {

  @Test
  void useOnlyTheJdkAndTheCore() {
    JavaClasses charts =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.barometer.app.chart");

    classes()
        .that()
        .resideInAPackage("org.barometer.app.chart")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.barometer.app.chart..", "org.barometer.core..")
        .check(charts);
  }
}
