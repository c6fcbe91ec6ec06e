package org.barometer.app.report;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.barometer.app.security.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team publishes a month's report: it is built afresh, refused while a red
 * indicator lacks its explanation or recovery action, then stored as it stands with every pack's
 * files, made once. A month is published once; a later correction shows in the next edition.
 */
@Service
public class PublishReport {

  /**
   * What stops a report being published.
   *
   * @param indicatorCode the indicator, or empty when the refusal is about the whole report
   * @param indicatorName its name
   * @param owner whom to ask
   * @param what what is missing or wrong
   */
  public record Missing(String indicatorCode, String indicatorName, String owner, String what) {}

  /** The edition published, or why not. */
  public record Result(Optional<Edition> edition, List<Missing> missing) {
    public boolean published() {
      return edition.isPresent();
    }
  }

  private final BuildReport build;
  private final Editions editions;
  private final List<ReportWriter> writers;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  PublishReport(
      BuildReport build,
      Editions editions,
      List<ReportWriter> writers,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.build = build;
    this.editions = editions;
    this.writers = List.copyOf(writers);
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** What would stop the month's report being published now; empty when nothing would. */
  public List<Missing> missing(MonthlyReport report) {
    YearMonth month = report.month();
    if (editions.of(month).isPresent()) {
      return List.of(
          new Missing(
              "",
              "",
              "",
              "The "
                  + ReportMonths.longLabel(month)
                  + " edition is already published and never changes; a correction shows in the"
                  + " next edition as a revision"));
    }
    if (!month.isBefore(YearMonth.now(clock.withZone(Edition.ZONE)))) {
      return List.of(
          new Missing(
              "",
              "",
              "",
              ReportMonths.longLabel(month)
                  + " has not ended yet: its report can be published from the first of the next"
                  + " month"));
    }
    return report.exceptions().stream()
        .filter(ReportIndicator::exceptionIncomplete)
        .map(
            i ->
                new Missing(
                    i.code(),
                    i.name(),
                    i.owner(),
                    i.explanation().isBlank() && i.recoveryAction().isBlank()
                        ? "Red without an explanation or a recovery action"
                        : i.explanation().isBlank()
                            ? "Red without an explanation"
                            : "Red without a recovery action"))
        .toList();
  }

  /**
   * Publishes the month's report as it stands.
   *
   * @throws AccessDeniedException unless the user is in the performance team
   */
  @Transactional
  public Result publish(YearMonth month, String user) {
    if (!access.mayApprove(user)) {
      throw new AccessDeniedException(user + " may not publish reports");
    }
    MonthlyReport report = build.build(month);
    List<Missing> missing = missing(report);
    if (!missing.isEmpty()) {
      return new Result(Optional.empty(), missing);
    }
    Instant now = clock.instant();
    Optional<Long> id = editions.add(report, user, now);
    if (id.isEmpty()) {
      return new Result(
          Optional.empty(),
          List.of(
              new Missing(
                  "", "", "", "Someone published this month's report a moment ago: look again")));
    }
    Edition edition = new Edition(id.get(), report, user, now);
    for (Pack pack : report.packs()) {
      MonthlyReport cut = report.cut(pack);
      for (ReportWriter writer : writers) {
        editions.addFile(
            id.get(), pack.key(), writer.format(), writer.write(cut, pack, edition.mark()));
      }
    }
    audit.record(
        new AuditEvent(
            now,
            user,
            "report.published",
            "report",
            month.toString(),
            null,
            "{\"indicators\":"
                + report.indicators().size()
                + ",\"actions\":"
                + report.actions().size()
                + ",\"revisions\":"
                + report.revisions().size()
                + "}",
            null));
    return new Result(Optional.of(edition), List.of());
  }
}
