package org.barometer.app.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reading and walking XHTML (strict XML, no DTD, nothing fetched), and escaping text for the body a
 * caller writes.
 */
public final class Xhtml {

  static final String NAMESPACE = "http://www.w3.org/1999/xhtml";

  private Xhtml() {}

  /**
   * Text made safe for XHTML content and attribute values: the five XML specials escaped, and
   * characters XML 1.0 cannot hold at all dropped. Null reads as empty.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&') {
        escaped.append("&amp;");
      } else if (c == '<') {
        escaped.append("&lt;");
      } else if (c == '>') {
        escaped.append("&gt;");
      } else if (c == '"') {
        escaped.append("&quot;");
      } else if (c == '\'') {
        escaped.append("&#39;");
      } else if (c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r') {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** An empty document to build a page in. */
  static Document newDocument() {
    return builder().newDocument();
  }

  /**
   * The body given, parsed as the content of an XHTML {@code <body>} element.
   *
   * @throws IllegalArgumentException when it is not well-formed XML
   */
  static Element parseBody(String body) {
    String xml = "<body xmlns=\"" + NAMESPACE + "\">" + body + "</body>";
    try {
      return builder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    } catch (SAXException e) {
      throw new IllegalArgumentException("The PDF's body is not well-formed XHTML", e);
    } catch (IOException e) {
      throw new IllegalStateException("Could not read a string", e);
    }
  }

  /**
   * Every element under the node, in document order, whose local name is one of those given ({@code
   * *} for any).
   */
  static List<Element> elements(Node root, String... localNames) {
    List<Element> found = new ArrayList<>();
    collect(root, List.of(localNames), found);
    return found;
  }

  private static void collect(Node node, List<String> names, List<Element> found) {
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element) {
        Element element = (Element) child;
        if (names.contains("*") || names.contains(localName(element))) {
          found.add(element);
        }
        collect(element, names, found);
      }
    }
  }

  static String localName(Element element) {
    return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
  }

  /** The element's text with its runs of white space made single spaces. */
  static String text(Element element) {
    return element.getTextContent().strip().replaceAll("\\s+", " ");
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser refuses a standard setting", e);
    }
  }
}
