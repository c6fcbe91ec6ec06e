package org.barometer.app.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * An edition's or a draft's files: a published edition's as stored when it was published, a draft's
 * written afresh and marked as a draft.
 */
@Service
public class ReportFiles {

  /** A file to download. */
  public record File(String name, String mediaType, byte[] content, String sha256) {}

  private final Editions editions;
  private final BuildReport build;
  private final List<ReportWriter> writers;
  private final Clock clock;

  ReportFiles(Editions editions, BuildReport build, List<ReportWriter> writers, Clock clock) {
    this.editions = editions;
    this.build = build;
    this.writers = List.copyOf(writers);
    this.clock = clock;
  }

  /** What a draft says of itself today. */
  public EditionMark draftMark() {
    return new EditionMark(true, LocalDate.now(clock.withZone(Edition.ZONE)));
  }

  /** The formats there is a writer for. */
  public List<ReportFormat> formats() {
    return writers.stream().map(ReportWriter::format).toList();
  }

  /** The month's file for a pack in a format: the published one, or a draft's. */
  public Optional<File> of(YearMonth month, String packKey, ReportFormat format) {
    Optional<Edition> edition = editions.of(month);
    if (edition.isPresent()) {
      return published(edition.get(), packKey, format);
    }
    MonthlyReport report = build.build(month);
    Optional<ReportWriter> writer = writers.stream().filter(w -> w.format() == format).findFirst();
    return report
        .pack(packKey)
        .flatMap(
            pack ->
                writer.map(
                    w -> {
                      byte[] content = w.write(report.cut(pack), pack, draftMark());
                      return new File(
                          name(month, pack, format, true),
                          format.mediaType(),
                          content,
                          Sha256.hex(content));
                    }));
  }

  /** A published edition's stored file. */
  public Optional<File> published(Edition edition, String packKey, ReportFormat format) {
    MonthlyReport report = edition.report();
    return report
        .pack(packKey)
        .flatMap(
            pack ->
                editions
                    .file(edition.id(), pack.key(), format)
                    .map(
                        f ->
                            new File(
                                name(report.month(), pack, format, false),
                                f.mediaType(),
                                f.content(),
                                f.sha256())));
  }

  /** {@code monthly-performance-report-2016-11-committee-people.pdf}, with {@code -draft} if so. */
  static String name(YearMonth month, Pack pack, ReportFormat format, boolean draft) {
    return "monthly-performance-report-"
        + month
        + (pack.isWhole() ? "" : "-" + pack.key())
        + (draft ? "-draft" : "")
        + "."
        + format.extension();
  }
}
