package org.barometer.app.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A page as it was drawn, encoded once: its bytes cut where the request's CSRF token goes. The
 * token is the only part of a drawn page that differs from one request of the same person to the
 * next (Spring Security masks it afresh each time).
 */
final class DrawnPage {

  private final List<byte[]> pieces;
  private final long length;

  private DrawnPage(List<byte[]> pieces) {
    this.pieces = List.copyOf(pieces);
    this.length = pieces.stream().mapToLong(p -> p.length).sum();
  }

  /** The page's HTML, cut at every {@code mark} that stands for the token. */
  static DrawnPage of(String html, String mark) {
    List<byte[]> pieces = new ArrayList<>();
    int from = 0;
    for (int at = html.indexOf(mark); at >= 0; at = html.indexOf(mark, from)) {
      pieces.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
      from = at + mark.length();
    }
    pieces.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
    return new DrawnPage(pieces);
  }

  /** Whether the page holds a form, and so needs the request's token. */
  boolean needsToken() {
    return pieces.size() > 1;
  }

  /** How many bytes the page takes with a token of {@code tokenLength} bytes in each place. */
  long length(int tokenLength) {
    return length + (long) tokenLength * (pieces.size() - 1);
  }

  /** Writes the page, with the token (ASCII, as Spring Security makes it) in each place. */
  void write(String token, HttpServletResponse response) throws IOException {
    byte[] tokenBytes = token.getBytes(StandardCharsets.US_ASCII);
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLengthLong(length(tokenBytes.length));
    ServletOutputStream out = response.getOutputStream();
    for (int i = 0; i < pieces.size(); i++) {
      if (i > 0) {
        out.write(tokenBytes);
      }
      out.write(pieces.get(i));
    }
  }
}
