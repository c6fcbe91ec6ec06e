package org.barometer.app.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.barometer.app.chart.XmrChart;
import org.barometer.core.statistics.Spc;
import org.barometer.core.statistics.SpcPolarity;
import org.barometer.core.statistics.SpcSeries;
import org.barometer.core.statistics.SpcSettings;
import org.barometer.core.statistics.SpcTarget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

class PdfDocumentTest {

  private static final Path EXAMPLES = Path.of("target", "pdf-examples");

  private static final LocalDate EDITION = LocalDate.of(2017, 1, 19);

  private static final List<String> HEADINGS =
      List.of(
          "Summary",
          "Indicators",
          "Household waste recycled",
          "Missed bin collections",
          "About this report");

  private static byte[] sample;

  @BeforeAll
  static void renderTheSampleOnce() throws IOException {
    sample = PdfDocument.render(source("Monthly Performance Report: November 2016", sampleBody()));
    Files.createDirectories(EXAMPLES);
    Files.write(EXAMPLES.resolve("sample.pdf"), sample);
  }

  @Test
  void isPdfUa1CompliantByVeraPdf() throws Exception {
    ValidationResult result = PdfChecks.validate(sample);

    assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFUA_1);
    assertThat(result.getTotalAssertions()).isPositive();
    assertThat(PdfChecks.failures(result)).isEmpty();
    assertThat(result.isCompliant()).isTrue();
  }

  @Test
  void embedsEveryFontItUses() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sample)) {
      List<PDFont> fonts = PdfChecks.fonts(pdf);

      assertThat(fonts).isNotEmpty();
      assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
      assertThat(fonts)
          .extracting(PDFont::getName)
          .allSatisfy(name -> assertThat(name).contains("LiberationSans"));
    }
  }

  @Test
  void hasTheTextOfItsHeadingsAndTableCells() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sample)) {
      String text = new PDFTextStripper().getText(pdf);

      assertThat(text)
          .contains("Monthly Performance Report: November 2016")
          .contains("Household waste recycled")
          .contains("Percentage of household waste sent for reuse")
          .contains("46.2%");
    }
  }

  @Test
  void printsTheOrganisationTheDateAndThePageNumberOnEveryPage() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sample)) {
      int pages = pdf.getNumberOfPages();

      assertThat(pages).as("the title and contents, then the sections").isEqualTo(2);
      for (int page = 1; page <= pages; page++) {
        assertThat(textOf(pdf, page))
            .contains("Southend-on-Sea Borough Council")
            .contains("19 January 2017")
            .contains("Page " + page + " of " + pages);
      }
    }
  }

  @Test
  void startsWithATableOfContentsLinkingToEachSection() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sample)) {
      String first = textOf(pdf, 1);

      assertThat(first).contains("Contents");
      for (String heading : HEADINGS) {
        assertThat(first).contains(heading);
      }
      assertThat(pdf.getPage(0).getAnnotations())
          .extracting(PDAnnotation::getContents)
          .isSubsetOf(HEADINGS)
          .containsAll(HEADINGS);
    }
  }

  @Test
  void hasAnOutlineEntryForEachHeadingNestedAsTheHeadings() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sample)) {
      PDOutlineNode outline = pdf.getDocumentCatalog().getDocumentOutline();

      assertThat(PdfChecks.titles(outline)).containsExactlyElementsOf(HEADINGS);
      assertThat(PdfChecks.children(outline))
          .extracting(PDOutlineItem::getTitle)
          .containsExactly("Summary", "Indicators", "About this report");
    }
  }

  @Test
  void setsTheLanguageTitleAndMetadata() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sample)) {
      var catalog = pdf.getDocumentCatalog();

      assertThat(catalog.getLanguage()).isEqualTo("en-GB");
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Monthly Performance Report: November 2016");
      assertThat(pdf.getDocumentInformation().getAuthor())
          .isEqualTo("Southend-on-Sea Borough Council");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      String xmp = new String(catalog.getMetadata().toByteArray(), "UTF-8");
      assertThat(xmp).contains("pdfuaid:part").contains("Monthly Performance Report");
    }
  }

  @Test
  void drawsTheChartAsVectorsNamedByItsTitleAndDescription() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sample)) {
      List<PDXObject> objects = new ArrayList<>();
      for (var page : pdf.getPages()) {
        collectXObjects(page.getResources(), objects);
      }
      List<PDStructureElement> figures = PdfChecks.structure(pdf, "Figure");

      assertThat(objects).isNotEmpty().noneMatch(object -> object instanceof PDImageXObject);
      assertThat(figures).hasSize(1);
      assertThat(figures.get(0).getAlternateDescription())
          .startsWith("Household waste recycled: XmR chart. Special cause improvement");
    }
  }

  @Test
  void givesEveryLinkItsWordsAsItsAlternateDescription() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sample)) {
      List<PDStructureElement> links = PdfChecks.structure(pdf, "Link");

      assertThat(links).isNotEmpty();
      assertThat(links)
          .extracting(PDStructureElement::getAlternateDescription)
          .isSubsetOf(HEADINGS);
    }
  }

  @Test
  void isA4() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sample)) {
      var box = pdf.getPage(0).getMediaBox();

      assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
      assertThat(box.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
    }
  }

  @Test
  void refusesAnImageWithoutATextAlternative() {
    PdfSource source = source("Untitled", "<h2>Logo</h2><img src=\"data:image/png;base64,AA==\"/>");

    assertThatThrownBy(() -> PdfDocument.render(source))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text alternative");
  }

  @Test
  void refusesALinkWithoutWords() {
    PdfSource source = source("Untitled", "<h2>Links</h2><p><a href=\"#top\"> </a></p>");

    assertThatThrownBy(() -> PdfDocument.render(source))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs words");
  }

  @Test
  void refusesABodyThatIsNotWellFormed() {
    PdfSource source = source("Untitled", "<h2>Open<p>never closed</h2>");

    assertThatThrownBy(() -> PdfDocument.render(source))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("well-formed");
  }

  @Test
  void rendersTwoHundredRowsAndSaysHowLongItTook() throws Exception {
    PdfSource source = source("200 indicators", tableOf(200));
    PdfDocument.render(source("Warm-up", "<p>Warm the JVM up.</p>"));

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    byte[] pdf = PdfDocument.render(source);
    long cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    long wall = (System.nanoTime() - start) / 1_000_000;

    Files.write(EXAMPLES.resolve("two-hundred-rows.pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      System.out.printf(
          "PdfDocumentTest: 200 rows rendered in %d ms (%d ms of CPU), %d pages, %d KB%n",
          wall, cpu, document.getNumberOfPages(), pdf.length / 1024);
      assertThat(new PDFTextStripper().getText(document)).contains("Indicator 200");
    }
    assertThat(PdfChecks.failures(PdfChecks.validate(pdf))).isEmpty();
  }

  private static PdfSource source(String title, String body) {
    return new PdfSource(title, "en-GB", "Southend-on-Sea Borough Council", EDITION, body);
  }

  private static String sampleBody() {
    return "<h2>Summary</h2>"
        + "<p>Of the 34 corporate indicators, 20 were on target in November 2016.</p>"
        + "<ul><li>20 green</li><li>8 amber</li><li>6 red</li></ul>"
        + "<h2>Indicators</h2>"
        + "<h3>Household waste recycled</h3>"
        + "<table><caption>Household waste recycled, latest figures</caption>"
        + "<thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">Figure</th>"
        + "<th scope=\"col\">Target</th><th scope=\"col\">Status</th></tr></thead>"
        + "<tbody><tr><th scope=\"row\">Percentage of household waste sent for reuse</th>"
        + "<td>46.2%</td><td>48.0%</td><td>Amber</td></tr>"
        + "<tr><th scope=\"row\">Residual household waste per household</th>"
        + "<td>512 kg</td><td>520 kg</td><td>Green</td></tr></tbody></table>"
        + "<figure>"
        + xmrChart()
        + "</figure>"
        + "<h3>Missed bin collections</h3>"
        + "<p>Missed collections fell to 41 in 100,000.</p>"
        + "<h2>About this report</h2>"
        + "<p>Figures are provisional until approved.</p>";
  }

  private static String xmrChart() {
    List<BigDecimal> values =
        List.of(
                "20", "22", "19", "21", "20", "23", "18", "21", "22", "19", "20", "21", "22", "19",
                "20", "26", "27", "25", "28", "26", "36")
            .stream()
            .map(BigDecimal::new)
            .collect(Collectors.toList());
    return XmrChart.of(
            "xmr",
            Spc.analyse(
                SpcSeries.of(values),
                SpcPolarity.HIGHER_IS_BETTER,
                SpcTarget.of(new BigDecimal("24")),
                SpcSettings.mdc()),
            months(values.size()),
            BigDecimal::toPlainString)
        .withTitle("Household waste recycled: XmR chart")
        .svg();
  }

  private static List<String> months(int count) {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      labels.add(YearMonth.of(2015, 3).plusMonths(i).format(format));
    }
    return labels;
  }

  private static String tableOf(int rows) {
    StringBuilder body =
        new StringBuilder(
            "<h2>All indicators</h2><table><caption>Every indicator in November 2016</caption>"
                + "<thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">Figure</th>"
                + "<th scope=\"col\">Target</th><th scope=\"col\">Status</th>"
                + "<th scope=\"col\">Direction of travel</th></tr></thead><tbody>");
    for (int i = 1; i <= rows; i++) {
      body.append("<tr><th scope=\"row\">Indicator ")
          .append(i)
          .append("</th><td>")
          .append(40 + i % 17)
          .append(".5%</td><td>45.0%</td><td>")
          .append(i % 3 == 0 ? "Red" : "Green")
          .append("</td><td>Better than last month</td></tr>");
    }
    return body.append("</tbody></table>").toString();
  }

  private static void collectXObjects(PDResources resources, List<PDXObject> objects)
      throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      objects.add(object);
      if (object instanceof PDFormXObject) {
        collectXObjects(((PDFormXObject) object).getResources(), objects);
      }
    }
  }

  private static String textOf(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }
}
