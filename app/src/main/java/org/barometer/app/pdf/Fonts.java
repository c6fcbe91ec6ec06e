package org.barometer.app.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

  /**
   * The font with one table left out of its table directory (its bytes stay, unreferenced).
   *
   * <p>Used for GSUB: PDFBox 3 runs every text run of a font that has a GSUB table through its
   * glyph substitution, compiling regular expressions each time, which was over half the time of a
   * 200-indicator report (docs/benchmarks.md). Liberation Sans's GSUB holds, for Latin, only {@code
   * ccmp} (stacking combining marks, as Vietnamese does) and {@code subs}/{@code sups}, which
   * PDFBox does not apply; without it, each character is its cmap glyph, exactly as openhtmltopdf
   * measured it for layout. The embedded subsets never held the GSUB anyway.
   */
  static byte[] withoutTable(byte[] font, String tag) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int tables = Short.toUnsignedInt(in.getShort(4));
    byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i;
      if (Arrays.equals(font, record, record + 4, wanted, 0, 4)) {
        byte[] out = font.clone();
        int next = record + 16;
        System.arraycopy(font, next, out, record, 12 + 16 * tables - next);
        Arrays.fill(out, 12 + 16 * (tables - 1), 12 + 16 * tables, (byte) 0);
        int left = tables - 1;
        int power = Integer.highestOneBit(left);
        ByteBuffer header = ByteBuffer.wrap(out);
        header.putShort(4, (short) left);
        header.putShort(6, (short) (power * 16));
        header.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        header.putShort(10, (short) (left * 16 - power * 16));
        return out;
      }
    }
    return font;
  }

  private static final class Face {
    final byte[] bytes;
    final int weight;
    final FontStyle style;

    Face(String file, int weight, FontStyle style) {
      this.bytes = withoutTable(read("/fonts/" + file), "GSUB");
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
