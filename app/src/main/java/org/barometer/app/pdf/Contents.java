package org.barometer.app.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The body's headings ({@code h1} to {@code h3}) as a tree: the table of contents at the start of
 * the document, a list of links, and the PDF's outline (bookmarks), both in the same shape.
 */
final class Contents {

  static final String HEADING_ID = "contents";

  private final List<Entry> entries;

  private Contents(List<Entry> entries) {
    this.entries = entries;
  }

  /** The body's headings, each given an id (unique on the page) if it has none. */
  static Contents of(Element body) {
    Set<String> ids = new HashSet<>(List.of(HEADING_ID));
    for (Element element : Xhtml.elements(body, "*")) {
      ids.add(element.getAttribute("id"));
    }
    List<Entry> roots = new ArrayList<>();
    Deque<Entry> open = new ArrayDeque<>();
    int next = 1;
    for (Element heading : Xhtml.elements(body, "h1", "h2", "h3")) {
      if (heading.getAttribute("id").isEmpty()) {
        while (ids.contains("section-" + next)) {
          next++;
        }
        heading.setAttribute("id", "section-" + next);
        ids.add("section-" + next);
      }
      Entry entry = new Entry(level(heading), heading.getAttribute("id"), Xhtml.text(heading));
      while (!open.isEmpty() && open.peek().level >= entry.level) {
        open.pop();
      }
      (open.isEmpty() ? roots : open.peek().children).add(entry);
      open.push(entry);
    }
    return new Contents(roots);
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The table of contents: a heading and a list of links to the sections. */
  Element nav(Document page) {
    Element nav = element(page, "nav");
    nav.setAttribute("class", "contents");
    nav.setAttribute("aria-labelledby", HEADING_ID);
    Element heading = element(page, "h2");
    heading.setAttribute("id", HEADING_ID);
    heading.setTextContent("Contents");
    nav.appendChild(heading);
    nav.appendChild(list(page, entries));
    return nav;
  }

  private static Element list(Document page, List<Entry> entries) {
    Element list = element(page, "ul");
    for (Entry entry : entries) {
      Element item = element(page, "li");
      Element link = element(page, "a");
      link.setAttribute("href", "#" + entry.id);
      link.setTextContent(entry.text);
      item.appendChild(link);
      if (!entry.children.isEmpty()) {
        item.appendChild(list(page, entry.children));
      }
      list.appendChild(item);
    }
    return list;
  }

  /** openhtmltopdf's {@code <bookmarks>} element for the head: it becomes the PDF outline. */
  Element bookmarks(Document page) {
    Element bookmarks = element(page, "bookmarks");
    addBookmarks(page, bookmarks, entries);
    return bookmarks;
  }

  private static void addBookmarks(Document page, Element parent, List<Entry> entries) {
    for (Entry entry : entries) {
      Element bookmark = element(page, "bookmark");
      bookmark.setAttribute("name", entry.text);
      bookmark.setAttribute("href", "#" + entry.id);
      addBookmarks(page, bookmark, entry.children);
      parent.appendChild(bookmark);
    }
  }

  private static Element element(Document page, String name) {
    return page.createElementNS(Xhtml.NAMESPACE, name);
  }

  private static int level(Element heading) {
    return Xhtml.localName(heading).charAt(1) - '0';
  }

  private static final class Entry {
    final int level;
    final String id;
    final String text;
    final List<Entry> children = new ArrayList<>();

    Entry(int level, String id, String text) {
      this.level = level;
      this.id = id;
      this.text = text;
    }
  }
}
