package org.barometer.app.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The XHTML page built around a body, checked without rendering it. */
class PageTest {

  private static Document page(String body) {
    return Page.of(
        new PdfSource(
            "Monthly report", "en-GB", "Anytown Council", LocalDate.of(2017, 1, 19), body));
  }

  private static List<Element> elements(Document page, String name) {
    return Xhtml.elements(page, name);
  }

  @Test
  void keepsAHeadingsOwnIdAndGivesTheOthersIdsOfTheirOwn() {
    Document page =
        page(
            "<h2 id=\"section-1\">Summary</h2><h2>Indicators</h2><h3>Waste</h3><h4>Not listed</h4>");

    List<String> ids =
        elements(page, "h2").stream()
            .map(heading -> heading.getAttribute("id"))
            .collect(Collectors.toList());

    assertThat(ids).containsExactly("contents", "section-1", "section-2");
    assertThat(elements(page, "h3").get(0).getAttribute("id")).isEqualTo("section-3");
    assertThat(elements(page, "h4").get(0).getAttribute("id")).isEmpty();
  }

  @Test
  void nestsTheContentsAndTheOutlineAsTheHeadings() {
    Document page = page("<h2>Summary</h2><h2>Indicators</h2><h3>Waste</h3><h3>Housing</h3>");

    Element outline = elements(page, "bookmarks").get(0);
    List<Element> top = Xhtml.elements(outline, "bookmark");

    assertThat(top)
        .extracting(bookmark -> bookmark.getAttribute("name"))
        .containsExactly("Summary", "Indicators", "Waste", "Housing");
    assertThat(Xhtml.elements(top.get(1), "bookmark"))
        .extracting(bookmark -> bookmark.getAttribute("href"))
        .containsExactly("#section-3", "#section-4");
    assertThat(Xhtml.elements(elements(page, "nav").get(0), "ul")).hasSize(2);
  }

  @Test
  void leavesOutTheContentsOfABodyWithoutHeadings() {
    Document page = page("<p>Only a paragraph.</p>");

    assertThat(elements(page, "nav")).isEmpty();
    assertThat(elements(page, "h1")).extracting(Xhtml::text).containsExactly("Monthly report");
  }

  @Test
  void namesAChartFromTheElementsItIsLabelledBy() {
    Document page =
        page(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"c-t c-d\">"
                + "<title id=\"c-t\">Recycling: XmR chart</title>"
                + "<desc id=\"c-d\">Common cause variation</desc></svg>");

    assertThat(elements(page, "svg").get(0).getAttribute("alt"))
        .isEqualTo("Recycling: XmR chart. Common cause variation");
  }

  @Test
  void namesAnImageFromItsAriaLabelAndALinkFromItsImage() {
    Document page =
        page("<a href=\"#top\"><img src=\"data:image/png;base64,AA==\" aria-label=\"Top\"/></a>");

    assertThat(elements(page, "img").get(0).getAttribute("alt")).isEqualTo("Top");
    assertThat(elements(page, "a").get(0).getAttribute("title")).isEqualTo("Top");
  }

  @Test
  void setsTheLanguageOnTheRootForHtmlAndXml() {
    Element html = page("<p>Hello</p>").getDocumentElement();

    assertThat(html.getAttribute("lang")).isEqualTo("en-GB");
    assertThat(html.getAttribute("xml:lang")).isEqualTo("en-GB");
  }

  @Test
  void writesTheHeaderTextAsSafeCssStrings() {
    assertThat(Page.css("Brent \"North\" \\ West\n"))
        .isEqualTo("\"Brent \\\"North\\\" \\\\ West\\a \"");
  }

  @Test
  void refusesAnUnknownLanguageTagOrABlankTitle() {
    LocalDate edition = LocalDate.of(2017, 1, 19);

    assertThatThrownBy(() -> new PdfSource("Report", "not a tag", "Council", edition, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("en-GB");
    assertThatThrownBy(() -> new PdfSource(" ", "en-GB", "Council", edition, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }
}
