package org.barometer.app.chart;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.barometer.core.statistics.Spc;
import org.barometer.core.statistics.SpcPolarity;
import org.barometer.core.statistics.SpcResult;
import org.barometer.core.statistics.SpcSeries;
import org.barometer.core.statistics.SpcSettings;
import org.barometer.core.statistics.SpcTarget;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Fixtures for the chart tests: series, labels, formats, and the SVG read back as XML. */
final class Charts {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  /** One decimal, as a unit with one decimal would show it. */
  static final Function<BigDecimal, String> ONE_DECIMAL =
      value -> value.setScale(1, RoundingMode.HALF_UP).toPlainString();

  /** The value exactly, so a table's cells can be compared with the analysis's numbers. */
  static final Function<BigDecimal, String> EXACT = BigDecimal::toPlainString;

  private Charts() {}

  static List<BigDecimal> values(String... values) {
    List<BigDecimal> list = new ArrayList<>();
    for (String value : values) {
      list.add(value == null ? null : new BigDecimal(value));
    }
    return list;
  }

  /** Month labels from April 2016 on. */
  static List<String> months(int count) {
    List<String> labels = new ArrayList<>();
    YearMonth month = YearMonth.of(2016, 4);
    for (int i = 0; i < count; i++) {
      labels.add(month.plusMonths(i).format(MONTH));
    }
    return labels;
  }

  static SpcResult analyse(
      List<BigDecimal> values, SpcPolarity polarity, SpcTarget target, SpcSettings settings) {
    return Spc.analyse(SpcSeries.of(values), polarity, target, settings);
  }

  /** Fifteen steady values, then a run of six high ones: improvement when higher is better. */
  static List<BigDecimal> steadyThenHigh() {
    return values(
        "20", "22", "19", "21", "20", "23", "18", "21", "22", "19", "20", "21", "22", "19", "20",
        "26", "27", "25", "28", "26", "36");
  }

  static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + svg, e);
    }
  }

  /** The elements an XPath finds; SVG elements are matched by local-name(). */
  static List<Element> find(Document document, String xpath) {
    try {
      NodeList nodes =
          (NodeList)
              XPathFactory.newInstance()
                  .newXPath()
                  .evaluate(xpath, document, XPathConstants.NODESET);
      List<Element> elements = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        elements.add((Element) nodes.item(i));
      }
      return elements;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The groups of the points drawn, in order. */
  static List<Element> points(Document document) {
    return find(document, "//*[local-name()='g'][contains(concat(' ', @class, ' '), ' point ')]");
  }

  static List<Element> withClass(Document document, String cssClass) {
    return find(document, "//*[contains(concat(' ', @class, ' '), ' " + cssClass + " ')]");
  }
}
