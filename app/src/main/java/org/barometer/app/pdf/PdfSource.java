package org.barometer.app.pdf;

import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/**
 * What a PDF is made from: the caller's XHTML and what every page prints around it.
 *
 * @param title the document's title: its first heading, its PDF title and the footer of every page
 * @param language the language of the text as a BCP 47 tag ({@code en-GB})
 * @param organisation the organisation's name, in the header of every page
 * @param edition the edition's date, in the header of every page
 * @param body the content of the XHTML {@code <body>}: well-formed XML, sections from {@code <h2>}
 *     down (the title is the {@code <h1>}); see docs/pdf.md for what it may hold
 */
public record PdfSource(
    String title, String language, String organisation, LocalDate edition, String body) {

  public PdfSource {
    title = text(title, "title");
    organisation = text(organisation, "organisation");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(body, "body");
    language = languageTag(language);
  }

  private static String text(String value, String name) {
    Objects.requireNonNull(value, name);
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException("A PDF needs its " + name);
    }
    return stripped;
  }

  private static String languageTag(String language) {
    Objects.requireNonNull(language, "language");
    try {
      Locale locale = new Locale.Builder().setLanguageTag(language).build();
      if (locale.getLanguage().isEmpty()) {
        throw new IllegalArgumentException("A PDF needs its language, such as en-GB");
      }
      return locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("Not a language tag (such as en-GB): " + language, e);
    }
  }
}
