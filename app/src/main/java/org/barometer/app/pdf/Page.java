package org.barometer.app.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The whole XHTML document for openhtmltopdf: the head (title, language, metadata, stylesheet,
 * outline), then the title block, the table of contents and the caller's body.
 */
final class Page {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final String STYLESHEET = stylesheet();

  private Page() {}

  /**
   * The document for a source.
   *
   * @throws IllegalArgumentException when the body is not well-formed, an image has no text
   *     alternative or a link has no words
   */
  static Document of(PdfSource source) {
    Element content = Xhtml.parseBody(source.body());
    TextAlternatives.forImages(content);
    Contents contents = Contents.of(content);

    Document page = Xhtml.newDocument();
    Element html = element(page, "html");
    html.setAttribute("lang", source.language());
    html.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", source.language());
    page.appendChild(html);
    html.appendChild(head(page, source, contents));

    Element body = element(page, "body");
    html.appendChild(body);
    body.appendChild(cover(page, source));
    if (!contents.isEmpty()) {
      body.appendChild(contents.nav(page));
    }
    for (Node node = content.getFirstChild(); node != null; node = node.getNextSibling()) {
      body.appendChild(page.importNode(node, true));
    }
    TextAlternatives.forLinks(body);
    return page;
  }

  /** The edition's date as the pages print it: "19 January 2017". */
  static String date(PdfSource source) {
    return source.edition().format(DATE);
  }

  private static Element head(Document page, PdfSource source, Contents contents) {
    Element head = element(page, "head");
    head.appendChild(text(page, "title", source.title()));
    head.appendChild(meta(page, "author", source.organisation()));
    head.appendChild(
        meta(
            page,
            "subject",
            source.title() + ", " + source.organisation() + ", " + date(source) + "."));
    head.appendChild(text(page, "style", STYLESHEET + pageRule(source)));
    head.appendChild(contents.bookmarks(page));
    return head;
  }

  private static Element cover(Document page, PdfSource source) {
    Element cover = element(page, "header");
    cover.setAttribute("class", "cover");
    cover.appendChild(text(page, "h1", source.title()));
    cover.appendChild(text(page, "p", source.organisation()));
    cover.appendChild(text(page, "p", date(source)));
    return cover;
  }

  /**
   * A4 with the organisation and the edition's date at the top of every page, the title and "Page 3
   * of 12" at the foot. Margin boxes are painted as artifacts, so a screen reader hears them once,
   * in the title block, and not on every page.
   */
  private static String pageRule(PdfSource source) {
    return "\n@page {\n  size: A4;\n  margin: 22mm 18mm 20mm 18mm;\n"
        + marginBox("top-left", css(source.organisation()), "bottom", "padding-bottom")
        + marginBox("top-right", css(date(source)), "bottom", "padding-bottom")
        + marginBox("bottom-left", css(source.title()), "top", "padding-top")
        + marginBox(
            "bottom-right", "\"Page \" counter(page) \" of \" counter(pages)", "top", "padding-top")
        + "}\n";
  }

  private static String marginBox(String box, String content, String align, String padding) {
    return "  @"
        + box
        + " { content: "
        + content
        + "; font-family: \""
        + Fonts.FAMILY
        + "\"; font-size: 8.5pt; color: #0b0c0c; vertical-align: "
        + align
        + "; "
        + padding
        + ": 4mm; }\n";
  }

  /** Text as a CSS string: quotes, backslashes and line ends escaped. */
  static String css(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static Element meta(Document page, String name, String content) {
    Element meta = element(page, "meta");
    meta.setAttribute("name", name);
    meta.setAttribute("content", content);
    return meta;
  }

  private static Element text(Document page, String name, String text) {
    Element element = element(page, name);
    element.setTextContent(text);
    return element;
  }

  private static Element element(Document page, String name) {
    return page.createElementNS(Xhtml.NAMESPACE, name);
  }

  private static String stylesheet() {
    try (InputStream in = Page.class.getResourceAsStream("/pdf/document.css")) {
      if (in == null) {
        throw new IllegalStateException("The stylesheet /pdf/document.css is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the PDF stylesheet", e);
    }
  }
}
