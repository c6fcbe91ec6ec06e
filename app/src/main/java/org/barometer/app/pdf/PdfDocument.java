package org.barometer.app.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders a document to an accessible A4 PDF: tagged PDF/UA-1 with its title, language, outline and
 * metadata, Liberation Sans embedded, SVG charts drawn as vectors, a table of contents at the
 * start, and the organisation, edition date and "Page 3 of 12" on every page. See docs/pdf.md.
 */
public final class PdfDocument {

  private PdfDocument() {}

  /**
   * The PDF of a source.
   *
   * @throws IllegalArgumentException when the body is not well-formed XHTML, an image in it has no
   *     text alternative or a link in it has no words
   */
  public static byte[] render(PdfSource source) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withW3cDocument(Page.of(source), null);
    builder.usePdfUaAccessibility(true);
    builder.useSVGDrawer(new BatikSVGDrawer());
    // Everything a document needs is in it (images as data: URIs) or in the jar: nothing is
    // fetched from a file or the network while rendering.
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withProducer("Barometer");
    Fonts.register(builder);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the PDF " + source.title(), e);
    }
    return out.toByteArray();
  }
}
