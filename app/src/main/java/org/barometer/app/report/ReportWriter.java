package org.barometer.app.report;

/**
 * Writes a report, already cut to its pack, as one file format. Writers are pure: the same report,
 * pack and mark give the same content, so a published edition's files can be made once and stored.
 */
public interface ReportWriter {

  ReportFormat format();

  /**
   * The file's bytes.
   *
   * @param report the report, already cut to the pack ({@link MonthlyReport#cut})
   * @param pack which pack it is, for its title
   * @param mark draft or published, and the day
   */
  byte[] write(MonthlyReport report, Pack pack, EditionMark mark);
}
