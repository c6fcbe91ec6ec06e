package org.barometer.app.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.barometer.app.report.EditionMark;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;
import org.barometer.app.report.SampleReports;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The report PDF's XHTML body, without rendering it. */
class PdfReportBodyTest {

  private static final EditionMark DRAFT = new EditionMark(true, LocalDate.of(2016, 12, 1));

  @Test
  void isWellFormedWithNamesAsTextNotMarkup() throws Exception {
    Document body = parse(PdfReportBody.of(SampleReports.small(), Pack.all(), DRAFT));

    assertThat(body.getElementsByTagName("script").getLength()).isZero();
    assertThat(body.getDocumentElement().getTextContent())
        .contains("12 Missed bin collections <script>alert(1)</script> & more")
        .contains("Draft, built 1 December 2016: figures may still change.");
  }

  @Test
  void keepsEverySectionAndSaysWhenOneIsEmpty() throws Exception {
    MonthlyReport empty =
        new MonthlyReport(
            "Southend-on-Sea Borough Council",
            SampleReports.NOVEMBER_2016,
            java.time.Instant.parse("2016-12-05T09:00:00Z"),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Document body = parse(PdfReportBody.of(empty, Pack.all(), DRAFT));
    String text = body.getDocumentElement().getTextContent();

    assertThat(body.getElementsByTagName("h2").getLength()).isEqualTo(6);
    assertThat(text)
        .contains("This report has no corporate indicators.")
        .contains("No corporate indicator is red this month.")
        .contains("This report has no contextual indicators.")
        .contains("This report has no priority actions.")
        .contains("No figure published in an earlier edition has been corrected since.");
  }

  private static Document parse(String body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader("<body>" + body + "</body>")));
  }
}
