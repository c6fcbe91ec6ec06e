package org.barometer.app.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * Gives images and links their text alternatives in the form openhtmltopdf tags them.
 *
 * <p>An image's {@code alt} attribute becomes the /Alt of its /Figure. A web page names a chart
 * with {@code aria-label} or {@code aria-labelledby} (the charts point at their {@code <title>} and
 * {@code <desc>}), so the same markup serves both; an image with no name at all is refused rather
 * than published inaccessible.
 *
 * <p>A link's {@code title} becomes the /Alt of its /Link, and openhtmltopdf writes an empty /Alt
 * when there is none, which would hide the link's words from a screen reader: a link without a
 * title gets its own text as one.
 */
final class TextAlternatives {

  private TextAlternatives() {}

  /**
   * Sets {@code title} on each link under the element that has none, from the link's text or the
   * text alternative of the image in it; call it after {@link #forImages}.
   *
   * @throws IllegalArgumentException for a link with neither
   */
  static void forLinks(Element root) {
    for (Element link : Xhtml.elements(root, "a")) {
      if (link.getAttribute("title").isBlank()) {
        String title = Xhtml.text(link);
        if (title.isEmpty()) {
          title =
              Xhtml.elements(link, "img", "svg").stream()
                  .map(image -> image.getAttribute("alt"))
                  .findFirst()
                  .orElse("");
        }
        if (title.isEmpty()) {
          throw new IllegalArgumentException(
              "Every link in a PDF needs words: <a href=\""
                  + link.getAttribute("href")
                  + "\"> has no text, title or image with a text alternative");
        }
        link.setAttribute("title", title);
      }
    }
  }

  /**
   * Sets {@code alt} on each {@code <img>} and outermost {@code <svg>} under the body.
   *
   * @throws IllegalArgumentException for an image without a text alternative
   */
  static void forImages(Element body) {
    Map<String, Element> byId = new HashMap<>();
    for (Element element : Xhtml.elements(body, "*")) {
      byId.putIfAbsent(element.getAttribute("id"), element);
    }
    for (Element image : Xhtml.elements(body, "img", "svg")) {
      if (!insideSvg(image)) {
        image.setAttribute("alt", alternative(image, byId));
      }
    }
  }

  private static String alternative(Element image, Map<String, Element> byId) {
    String alt = image.getAttribute("alt").strip();
    if (alt.isEmpty()) {
      alt = image.getAttribute("aria-label").strip();
    }
    if (alt.isEmpty()) {
      alt = labelledBy(image.getAttribute("aria-labelledby"), byId);
    }
    if (alt.isEmpty() && "svg".equals(Xhtml.localName(image))) {
      alt = Xhtml.elements(image, "title").stream().findFirst().map(Xhtml::text).orElse("");
    }
    if (alt.isEmpty()) {
      throw new IllegalArgumentException(
          "Every image in a PDF needs a text alternative (alt, aria-label, aria-labelledby or an"
              + " SVG <title>): <"
              + Xhtml.localName(image)
              + " id=\""
              + image.getAttribute("id")
              + "\"> has none");
    }
    return alt;
  }

  private static String labelledBy(String ids, Map<String, Element> byId) {
    if (ids.isBlank()) {
      return "";
    }
    List<String> parts =
        List.of(ids.strip().split("\\s+")).stream()
            .map(byId::get)
            .filter(element -> element != null)
            .map(Xhtml::text)
            .filter(text -> !text.isEmpty())
            .collect(Collectors.toList());
    StringBuilder alt = new StringBuilder();
    for (String part : parts) {
      if (alt.length() > 0) {
        alt.append(endsASentence(alt) ? " " : ". ");
      }
      alt.append(part);
    }
    return alt.toString();
  }

  private static boolean endsASentence(CharSequence text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == ':' || last == '!' || last == '?';
  }

  private static boolean insideSvg(Element element) {
    for (var parent = element.getParentNode(); parent instanceof Element; ) {
      if ("svg".equals(Xhtml.localName((Element) parent))) {
        return true;
      }
      parent = parent.getParentNode();
    }
    return false;
  }
}
