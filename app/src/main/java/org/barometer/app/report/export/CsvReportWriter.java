package org.barometer.app.report.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.barometer.app.report.EditionMark;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;
import org.barometer.app.report.ReportFormat;
import org.barometer.app.report.ReportIndicator;
import org.barometer.app.report.ReportWriter;
import org.barometer.app.spreadsheet.SpreadsheetText;
import org.springframework.stereotype.Component;

/**
 * The report as open data: one row per indicator of the edition (corporate and contextual), in RFC
 * 4180 CSV, UTF-8 without a byte order mark, lines ended CRLF, a header row of the {@link #COLUMNS}
 * names. Numbers are plain decimals in the indicator's unit (87.34 for 87.34%), blank when there is
 * none. Text that a spreadsheet would run as a formula is written as {@link SpreadsheetText} says
 * (one leading apostrophe, which reading it back drops), so the data stays faithful and opening the
 * file in a spreadsheet runs nothing; a number column is never changed.
 */
@Component
public class CsvReportWriter implements ReportWriter {

  /** One indicator of one edition, as a row is drawn from it. */
  private record Line(MonthlyReport report, EditionMark mark, ReportIndicator indicator) {}

  /** A column and how its value is drawn from a line. */
  private record Field(CsvColumn column, Function<Line, String> value) {}

  private static final List<Field> FIELDS =
      List.of(
          field(
              "edition_month",
              "Month",
              "gYearMonth",
              "The month the edition reports on, yyyy-MM.",
              l -> l.report().month().toString()),
          field(
              "edition_state",
              "Edition",
              "string",
              "draft (figures may still change) or published.",
              l -> l.mark().draft() ? "draft" : "published"),
          indicator("indicator_code", "Code", "string", "The indicator's code.", i -> i.code()),
          indicator(
              "indicator_name", "Indicator", "string", "The indicator's name.", i -> i.name()),
          indicator(
              "department",
              "Department",
              "string",
              "Its department, or Not assigned.",
              ReportIndicator::department),
          indicator(
              "aim",
              "Corporate aim",
              "string",
              "Its corporate aim, or Not assigned.",
              i -> i.aim()),
          indicator(
              "committee",
              "Scrutiny committee",
              "string",
              "Its scrutiny committee, or Not assigned.",
              ReportIndicator::committee),
          indicator(
              "owner", "Owner", "string", "Who owns it, or Not assigned.", ReportIndicator::owner),
          indicator(
              "contextual",
              "Contextual",
              "boolean",
              "true for the contextual basket: monitored for its trend only, with no status.",
              i -> Boolean.toString(i.contextual())),
          indicator(
              "unit",
              "Unit",
              "string",
              "The unit of figure, target and forecast: PERCENTAGE, COUNT, RATE_PER_1000...",
              ReportIndicator::unit),
          indicator(
              "decimals",
              "Decimals",
              "integer",
              "How many decimals the figures are shown with.",
              i -> Integer.toString(i.decimals())),
          indicator(
              "polarity",
              "Polarity",
              "string",
              "Which way is better, in words.",
              ReportIndicator::polarity),
          indicator(
              "period",
              "Period",
              "string",
              "The reported figure's own period, saying when it lags the month.",
              ReportIndicator::period),
          indicator(
              "figure",
              "Figure",
              "decimal",
              "The reported figure in the unit (87.34 for 87.34%), blank when there is none.",
              i -> plain(i.figureValue())),
          indicator(
              "figure_shown",
              "Figure as shown",
              "string",
              "The figure as the report shows it.",
              ReportIndicator::figure),
          indicator(
              "target",
              "Target",
              "decimal",
              "The target for the figure's period when it is one value, blank otherwise.",
              i -> plain(i.targetValue())),
          indicator(
              "target_shown",
              "Target as shown",
              "string",
              "The target as the report shows it (TBC, Not set...).",
              ReportIndicator::target),
          indicator(
              "status", "Status", "string", "GREEN, AMBER, RED or NONE.", ReportIndicator::status),
          indicator(
              "status_reason",
              "Status reason",
              "string",
              "Why the indicator has its status; for a status set by hand, the performance"
                  + " team's reason.",
              ReportIndicator::statusReason),
          indicator(
              "computed_status",
              "Computed status",
              "string",
              "When the status was set by hand: the status computed from the figure and its"
                  + " target, GREEN, AMBER, RED or NONE; blank when it was not.",
              ReportIndicator::computedStatus),
          indicator(
              "computed_status_reason",
              "Computed status reason",
              "string",
              "When the status was set by hand: why the computed status is what it is; blank"
                  + " when it was not.",
              ReportIndicator::computedStatusReason),
          indicator(
              "last_month_status",
              "Last month's status",
              "string",
              "The status the month before, judged the same way: GREEN, AMBER, RED or NONE.",
              ReportIndicator::lastMonthStatus),
          indicator(
              "direction_previous",
              "Against previous period",
              "string",
              "The direction of travel against the previous period, in words.",
              ReportIndicator::againstPrevious),
          indicator(
              "direction_last_year",
              "Against last year",
              "string",
              "The direction of travel against the same period last year, in words.",
              ReportIndicator::againstLastYear),
          indicator(
              "forecast",
              "Year-end forecast",
              "decimal",
              "The computed year-end forecast in the unit, blank when there is none.",
              i -> plain(i.forecastValue())),
          indicator(
              "forecast_shown",
              "Forecast as shown",
              "string",
              "The forecast as the report shows it.",
              ReportIndicator::forecast),
          indicator(
              "variation",
              "Variation",
              "string",
              "The SPC variation icon's key (common_cause, special_cause_concern_high...), or"
                  + " blank.",
              ReportIndicator::variation),
          indicator(
              "assurance",
              "Assurance",
              "string",
              "The SPC assurance icon's key (inconsistent, consistent_pass...), or blank.",
              ReportIndicator::assurance),
          indicator(
              "commentary",
              "Commentary",
              "string",
              "The owner's commentary on the figure.",
              ReportIndicator::commentary),
          indicator(
              "explanation",
              "Explanation",
              "string",
              "For a red figure: what happened.",
              ReportIndicator::explanation),
          indicator(
              "recovery_action",
              "Recovery action",
              "string",
              "For a red figure: what is being done to recover.",
              ReportIndicator::recoveryAction));

  /** The file's columns in order: the single source for the header row and CSVW metadata. */
  public static final List<CsvColumn> COLUMNS = FIELDS.stream().map(Field::column).toList();

  public CsvReportWriter() {}

  @Override
  public ReportFormat format() {
    return ReportFormat.CSV;
  }

  @Override
  public byte[] write(MonthlyReport report, Pack pack, EditionMark mark) {
    StringWriter out = new StringWriter();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(COLUMNS.stream().map(CsvColumn::name).toArray(String[]::new))
            .get();
    try (CSVPrinter csv = format.print(out)) {
      for (ReportIndicator indicator : report.indicators()) {
        Line line = new Line(report, mark, indicator);
        csv.printRecord(FIELDS.stream().map(f -> f.value().apply(line)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Field field(
      String name,
      String title,
      String datatype,
      String description,
      Function<Line, String> value) {
    Function<Line, String> written =
        "string".equals(datatype) ? value.andThen(SpreadsheetText::neutralised) : value;
    return new Field(new CsvColumn(name, title, datatype, description), written);
  }

  private static Field indicator(
      String name,
      String title,
      String datatype,
      String description,
      Function<ReportIndicator, String> value) {
    return field(name, title, datatype, description, l -> blankIfNull(value.apply(l.indicator())));
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private static String blankIfNull(String value) {
    return value == null ? "" : value;
  }
}
