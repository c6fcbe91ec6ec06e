package org.barometer.app.report.export;

import org.barometer.app.pdf.Xhtml;

/**
 * A small writer of the XHTML body of a report PDF: elements with attributes given as name and
 * value pairs, every text and value escaped, so the body is always well-formed XML whatever the
 * register's names hold.
 */
final class PdfMarkup {

  private final StringBuilder out = new StringBuilder(256 * 1024);

  PdfMarkup open(String name, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("Attributes come in name and value pairs");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"");
      out.append(Xhtml.escape(attributes[i + 1])).append('"');
    }
    out.append('>');
    return this;
  }

  PdfMarkup close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** An element holding only text. */
  PdfMarkup element(String name, String text, String... attributes) {
    return open(name, attributes).words(text).close(name);
  }

  /** Text, escaped. */
  PdfMarkup words(String text) {
    out.append(Xhtml.escape(text));
    return this;
  }

  /** A paragraph led by a label in bold: "Status: Red: 5,719 is above the target". */
  PdfMarkup labelled(String label, String text) {
    return open("p", "class", "detail").element("strong", label + ":").words(" " + text).close("p");
  }

  /** Markup made elsewhere and already well-formed, such as a chart's SVG. */
  PdfMarkup markup(String xml) {
    out.append(xml);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
