package org.barometer.app.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.barometer.app.catalogue.ImportActions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the body of every API request, so that no request is held in memory beyond what any
 * operation needs: 1 MB, 2 MB for an action plan file. A body declared larger is a 413 with problem
 * details before a byte of it is read; a body sent without its length stops being read at the
 * bound, and the request fails as malformed.
 */
@Component
class BodyLimit extends OncePerRequestFilter {

  static final int MOST_BYTES = 1024 * 1024;

  private static final String IMPORT = "/api/v1/actions/import";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean file = request.getRequestURI().equals(IMPORT);
    long most = file ? ImportActions.MOST_BYTES : MOST_BYTES;
    if (request.getContentLengthLong() > most) {
      refuse(response, file ? ImportActions.TOO_LARGE : "The body is larger than 1 MB");
      return;
    }
    chain.doFilter(new Bounded(request, most), response);
  }

  private static void refuse(HttpServletResponse response, String why) throws IOException {
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String quoted = why.replace("\\", "\\\\").replace("\"", "\\\"");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"The request is too large\",\"status\":413,"
                + "\"detail\":\""
                + quoted
                + "\",\"errors\":[{\"field\":\"body\",\"message\":\""
                + quoted
                + "\"}]}");
  }

  /** The request with its body read up to the bound and no further. */
  private static final class Bounded extends HttpServletRequestWrapper {
    private final long most;
    private ServletInputStream stream;

    Bounded(HttpServletRequest request, long most) {
      super(request);
      this.most = most;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counted(super.getInputStream(), most);
      }
      return stream;
    }
  }

  private static final class Counted extends ServletInputStream {
    private final ServletInputStream in;
    private final long most;
    private long read;

    Counted(ServletInputStream in, long most) {
      this.in = in;
      this.most = most;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > most + 1) {
        throw new IOException("The body is larger than " + most / (1024 * 1024) + " MB");
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
