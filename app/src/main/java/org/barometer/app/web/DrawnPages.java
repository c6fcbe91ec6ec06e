package org.barometer.app.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.barometer.app.database.DataVersion;
import org.barometer.app.database.VersionedCache;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Pages drawn once for each person, and sent as bytes after that: the same HTML the template would
 * draw, without drawing it on every request.
 *
 * <p>A drawn page is kept for the person asking (their username and roles), the address asked (path
 * and query), anything else the controller names that the page depends on, and today's date; and
 * only while the change counter ({@link DataVersion}) has not moved, on any node. So what a page
 * shows must come only from those and from the tables behind the counter. The page's forms carry
 * the request's own CSRF token: a page is drawn with a mark in its place and the mark is replaced
 * on each request.
 *
 * <p>A page is drawn afresh, and not kept, when the request carries a message from the one before
 * it (a flash attribute, such as "Figure approved" or a form's errors) or is not a GET or HEAD.
 */
@Component
public class DrawnPages {

  /** Stands for the CSRF token in a page as it is drawn. */
  static final String TOKEN_MARK = "barometerCsrfTokenGoesHere";

  /**
   * Which page.
   *
   * @param address the path and query asked for
   * @param depends what else the page depends on, as the controller names it
   * @param username who asks
   * @param roles their roles
   * @param day the day it was drawn
   */
  private record Key(
      String address, String depends, String username, List<String> roles, LocalDate day) {}

  private final VersionedCache<Key, DrawnPage> drawn;
  private final ViewResolver views;
  private final Clock clock;

  DrawnPages(
      DataVersion version, @Qualifier("thymeleafViewResolver") ViewResolver views, Clock clock) {
    this.drawn = version.cache(256);
    this.views = views;
    this.clock = clock;
  }

  /**
   * A page to return from a controller: drawn by {@code draw}, which fills the model and names the
   * template, when this person has no copy of it at the present version of the data.
   *
   * @param depends what the page depends on beyond its address, its reader and the data, such as
   *     the month chosen for it when the address names none
   */
  public View page(String depends, Function<Model, String> draw) {
    return new PageView(depends, draw);
  }

  private final class PageView implements View {

    private final String depends;
    private final Function<Model, String> draw;

    PageView(String depends, Function<Model, String> draw) {
      this.depends = depends;
      this.draw = draw;
    }

    @Override
    public String getContentType() {
      return "text/html;charset=UTF-8";
    }

    @Override
    public void render(
        Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
        throws Exception {
      ExtendedModelMap filled = new ExtendedModelMap();
      filled.addAllAttributes(model);
      Authentication who = SecurityContextHolder.getContext().getAuthentication();
      if (!keepable(request) || who == null) {
        views.resolveViewName(draw.apply(filled), Locale.UK).render(filled, request, response);
        return;
      }
      Key key =
          new Key(
              address(request),
              depends,
              who.getName(),
              who.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList(),
              LocalDate.now(clock));
      DrawnPage page = drawn.get(key, k -> drawn(filled, request, response));
      CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
      page.write(page.needsToken() && token != null ? token.getToken() : "", response);
    }

    private DrawnPage drawn(
        ExtendedModelMap model, HttpServletRequest request, HttpServletResponse response) {
      try {
        View view = views.resolveViewName(draw.apply(model), Locale.UK);
        StringWriter html = new StringWriter(1 << 16);
        view.render(model, new MarkedToken(request), new Captured(response, html));
        return DrawnPage.of(html.toString(), TOKEN_MARK);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("Could not draw " + address(request), e);
      }
    }
  }

  private static boolean keepable(HttpServletRequest request) {
    String method = request.getMethod();
    Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
    return ("GET".equals(method) || "HEAD".equals(method)) && (flash == null || flash.isEmpty());
  }

  private static String address(HttpServletRequest request) {
    String query = request.getQueryString();
    return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
  }

  /** The request as the template sees it while a page is drawn: a mark for its CSRF token. */
  private static final class MarkedToken extends HttpServletRequestWrapper {

    private final CsrfToken mark;

    MarkedToken(HttpServletRequest request) {
      super(request);
      CsrfToken real = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
      this.mark =
          real == null
              ? null
              : new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), TOKEN_MARK);
    }

    @Override
    public Object getAttribute(String name) {
      if (mark != null
          && (CsrfToken.class.getName().equals(name) || mark.getParameterName().equals(name))) {
        return mark;
      }
      return super.getAttribute(name);
    }
  }

  /** The response as the template sees it while a page is drawn: what it writes is kept. */
  private static final class Captured extends HttpServletResponseWrapper {

    private final PrintWriter writer;

    Captured(HttpServletResponse response, StringWriter html) {
      super(response);
      this.writer = new PrintWriter(html);
    }

    @Override
    public PrintWriter getWriter() {
      return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
      throw new IllegalStateException("A drawn page is written as characters");
    }

    @Override
    public void flushBuffer() {
      writer.flush();
    }

    @Override
    public boolean isCommitted() {
      return false;
    }
  }
}
