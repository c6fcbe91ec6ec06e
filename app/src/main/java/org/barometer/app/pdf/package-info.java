/**
 * Accessible PDFs from XHTML: {@link org.barometer.app.pdf.PdfDocument#render} turns a {@link
 * org.barometer.app.pdf.PdfSource} (title, language, organisation, edition date and the body's
 * XHTML) into a tagged PDF/UA-1 document on A4, with Liberation Sans embedded, SVG charts as
 * vectors, a table of contents and an outline from the headings, and the organisation, date and
 * page number on every page. It owns the page's frame and stylesheet; callers own what goes in the
 * body. Plain Java over openhtmltopdf: no Spring, no servlet types. See docs/pdf.md.
 */
package org.barometer.app.pdf;
