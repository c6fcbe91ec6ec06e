package org.barometer.app.report.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.barometer.app.report.EditionMark;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;

/**
 * What the files of an edition say about themselves, taken only from the report, its pack and its
 * mark, never from the clock: so a file written again from a stored edition has the same details.
 */
final class FileDetails {

  /** The organisation's time zone, for turning instants into days. */
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private FileDetails() {}

  /** "Monthly Performance Report: November 2016 — People Scrutiny Committee". */
  static String title(MonthlyReport report, Pack pack) {
    return report.title() + " \u2014 " + pack.name();
  }

  /** When the file was made: when the report was built. */
  static Instant created(MonthlyReport report) {
    return report.builtAt();
  }

  /**
   * When the file last changed: the start of the mark's day (in London) when it is after the report
   * was built, such as the day a report built earlier was published; otherwise when it was built.
   */
  static Instant modified(MonthlyReport report, EditionMark mark) {
    Instant day = mark.date().atStartOfDay(LONDON).toInstant();
    return day.isAfter(report.builtAt()) ? day : report.builtAt();
  }

  /** Sets an Office file's core properties: title, subject, creator, keywords and both dates. */
  static void set(
      POIXMLProperties.CoreProperties core, MonthlyReport report, Pack pack, EditionMark mark) {
    core.setTitle(title(report, pack));
    core.setSubjectProperty(mark.label());
    core.setCreator(report.organisation());
    core.setDescription(
        report.organisation() + ", " + title(report, pack) + ". " + mark.label() + ".");
    core.setKeywords("Monthly Performance Report; " + report.month());
    core.setCreated(Optional.of(Date.from(created(report))));
    core.setModified(Optional.of(Date.from(modified(report, mark))));
  }
}
