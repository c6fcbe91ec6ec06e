package org.barometer.app.pdf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The PDF renderer is plain Java, so a page, a scheduled job or a test can call it alike. */
class PdfDependenciesTest {

  @Test
  void usesOnlyTheJdkAndOpenHtmlToPdf() {
    JavaClasses pdf =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.barometer.app.pdf");

    classes()
        .that()
        .resideInAPackage("org.barometer.app.pdf")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "javax.xml..",
            "org.w3c.dom..",
            "org.xml.sax..",
            "com.openhtmltopdf..",
            "org.barometer.app.pdf..")
        .check(pdf);
  }
}
