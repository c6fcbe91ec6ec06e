package org.barometer.app.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.barometer.app.database.DataVersion;
import org.barometer.app.database.VersionedCache;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report's body as HTML, drawn once: a draft's until anything it is built from changes on any
 * node ({@link DataVersion}), a published edition's for good, since it never changes. Also the list
 * of what stops a draft being published, drawn once for each list.
 *
 * <p>A body and a list are written in ASCII, anything else as a character reference ({@code
 * &#8211;}): a Java string of Latin-1 characters only takes one byte a character, and Tomcat
 * encodes it to UTF-8 on its fast path. A single en dash made the whole body (580 kB for 200
 * indicators) a string of two bytes a character, which Tomcat encoded character by character on
 * every request.
 */
@Component
public class ReportPages {

  /**
   * Which body: the report's month and pack, the edition (0 for a draft), where its links go, and
   * whether it offers staff's links.
   */
  private record Key(String month, String pack, long edition, String base, boolean staff) {}

  private final ITemplateEngine templates;
  private final VersionedCache<Key, String> drafts;
  private final Map<Key, String> published = new ConcurrentHashMap<>();
  private final Map<List<PublishReport.Missing>, String> missing = new ConcurrentHashMap<>();

  ReportPages(ITemplateEngine templates, DataVersion version) {
    this.templates = templates;
    this.drafts = version.cache(64);
  }

  /**
   * The body of a report cut to its pack.
   *
   * @param edition the published edition it comes from, or null for a draft
   * @param base what links to indicators and actions start with: {@code ""} or {@code /public}
   * @param staff whether to offer the links to write exceptions
   */
  public String body(MonthlyReport report, Pack pack, Edition edition, String base, boolean staff) {
    Key key =
        new Key(
            report.month().toString(), pack.key(), edition == null ? 0 : edition.id(), base, staff);
    if (edition == null) {
      return drafts.get(key, k -> render(report.cut(pack), base, staff));
    }
    if (published.size() > 512) {
      published.clear();
    }
    return published.computeIfAbsent(key, k -> render(report.cut(pack), base, staff));
  }

  /** What stops a draft being published, as HTML: a warning and a list, or nothing. */
  public String missing(List<PublishReport.Missing> list) {
    if (missing.size() > 64) {
      missing.clear();
    }
    return missing.computeIfAbsent(
        List.copyOf(list),
        l -> {
          Context context = new Context(Locale.UK);
          context.setVariable("missing", l);
          return ascii(templates.process("report/missing", Set.of("missing"), context));
        });
  }

  private String render(MonthlyReport report, String base, boolean staff) {
    Context context = new Context(Locale.UK);
    context.setVariable("report", report);
    context.setVariable("view", ReportView.of(report));
    context.setVariable("base", base);
    context.setVariable("staff", staff);
    return ascii(templates.process("report/body", Set.of("body"), context));
  }

  /** The same HTML with every character outside ASCII written as a character reference. */
  static String ascii(String html) {
    if (html.chars().allMatch(c -> c < 0x80)) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 1024);
    html.codePoints()
        .forEach(
            c -> {
              if (c < 0x80) {
                out.append((char) c);
              } else {
                out.append("&#").append(c).append(';');
              }
            });
    return out.toString();
  }
}
