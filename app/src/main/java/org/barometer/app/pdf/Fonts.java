package org.barometer.app.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

/**
 * The one typeface of every PDF, Liberation Sans, shipped in the jar (a new machine has no fonts to
 * speak of) and embedded as a subset in every document. PDF/UA forbids fonts that are not embedded,
 * and openhtmltopdf in PDF/UA mode has no built-in fonts to fall back on, so the same faces are
 * also the final fallback for any family a stylesheet or chart names.
 */
final class Fonts {

  static final String FAMILY = "Liberation Sans";

  /**
   * The names the charts and common stylesheets ask for; Liberation Sans matches Arial's metrics.
   */
  private static final List<String> ALIASES = List.of("Arial", "Helvetica", "sans-serif");

  private static final List<Face> FACES =
      List.of(
          new Face("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
          new Face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
          new Face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
          new Face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

  private Fonts() {}

  static void register(PdfRendererBuilder builder) {
    for (Face face : FACES) {
      builder.useFont(
          face::open,
          FAMILY,
          face.weight,
          face.style,
          true,
          EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
      builder.useFont(
          face::open,
          FAMILY,
          face.weight,
          face.style,
          true,
          EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
      for (String alias : ALIASES) {
        builder.useFont(
            face::open, alias, face.weight, face.style, true, EnumSet.of(FSFontUseCase.SVG));
      }
    }
  }

  private static final class Face {
    final byte[] bytes;
    final int weight;
    final FontStyle style;

    Face(String file, int weight, FontStyle style) {
      this.bytes = read("/fonts/" + file);
      this.weight = weight;
      this.style = style;
    }

    InputStream open() {
      return new ByteArrayInputStream(bytes);
    }

    private static byte[] read(String resource) {
      try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("The font " + resource + " is missing from the jar");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read the font " + resource, e);
      }
    }
  }
}
