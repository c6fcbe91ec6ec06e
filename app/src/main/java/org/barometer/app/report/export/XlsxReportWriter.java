package org.barometer.app.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.app.report.EditionMark;
import org.barometer.app.report.MonthlyReport;
import org.barometer.app.report.Pack;
import org.barometer.app.report.ReportAction;
import org.barometer.app.report.ReportFormat;
import org.barometer.app.report.ReportIndicator;
import org.barometer.app.report.ReportRevision;
import org.barometer.app.report.ReportSummary;
import org.barometer.app.report.ReportWriter;
import org.springframework.stereotype.Component;

/**
 * The report as an Excel workbook: a Summary sheet, then one sheet per section (Indicators,
 * Exceptions, Contextual, Actions, Revisions), each a table with a bold, frozen header row and an
 * auto filter. Numbers are numbers in the indicator's format (a percentage is stored as a fraction
 * with a percent format), dates are dates, a missing value is a blank cell, and every text is a
 * text cell, so nothing an owner typed is ever run as a formula.
 */
@Component
public class XlsxReportWriter implements ReportWriter {

  static final String SUMMARY = "Summary";
  static final String INDICATORS = "Indicators";
  static final String EXCEPTIONS = "Exceptions";
  static final String CONTEXTUAL = "Contextual";
  static final String ACTIONS = "Actions";
  static final String REVISIONS = "Revisions";

  /** A column's width in characters. */
  private static final int NARROW = 10;

  private static final int MEDIUM = 16;
  private static final int WIDE = 40;
  private static final int TEXT = 60;

  public XlsxReportWriter() {}

  @Override
  public ReportFormat format() {
    return ReportFormat.XLSX;
  }

  @Override
  public byte[] write(MonthlyReport report, Pack pack, EditionMark mark) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(book);
      summary(book.createSheet(SUMMARY), styles, report, pack, mark);
      indicators(book.createSheet(INDICATORS), styles, report.corporate());
      exceptions(book.createSheet(EXCEPTIONS), styles, report.exceptions());
      contextual(book.createSheet(CONTEXTUAL), styles, report.contextual());
      actions(book.createSheet(ACTIONS), styles, report.actions());
      revisions(book.createSheet(REVISIONS), styles, report.revisions());
      FileDetails.set(book.getProperties().getCoreProperties(), report, pack, mark);
      book.write(out);
      return StableZip.of(out.toByteArray(), FileDetails.created(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void summary(
      Sheet sheet, Styles styles, MonthlyReport report, Pack pack, EditionMark mark) {
    Row title = sheet.createRow(0);
    text(title.createCell(0), report.title(), styles.title);
    String[][] about = {
      {"Pack", pack.name()},
      {"Organisation", report.organisation()},
      {"Month", org.barometer.app.report.ReportMonths.longLabel(report.month())},
      {"Edition", mark.label()}
    };
    int r = 1;
    for (String[] line : about) {
      Row row = sheet.createRow(r++);
      text(row.createCell(0), line[0], styles.header);
      text(row.createCell(1), line[1], null);
    }
    Table table =
        new Table(
            sheet,
            styles,
            r + 1,
            List.of(
                column("Group", MEDIUM),
                column("Name", WIDE),
                column("Green", NARROW),
                column("Amber", NARROW),
                column("Red", NARROW),
                column("No status", NARROW),
                column("Total", NARROW),
                column("Green last month", NARROW),
                column("Amber last month", NARROW),
                column("Red last month", NARROW),
                column("No status last month", NARROW),
                column("Total last month", NARROW)));
    ReportSummary summary = report.summary();
    counts(table.row(), "All", summary.total(), styles);
    summary.byDepartment().forEach(row -> counts(table.row(), "Department", row, styles));
    summary.byAim().forEach(row -> counts(table.row(), "Aim", row, styles));
    summary.byCommittee().forEach(row -> counts(table.row(), "Committee", row, styles));
    table.filter();
  }

  private static void counts(Row row, String group, ReportSummary.Row counts, Styles styles) {
    text(row.createCell(0), group, null);
    text(row.createCell(1), counts.name(), null);
    int c = 2;
    for (ReportSummary.Counts of : List.of(counts.now(), counts.before())) {
      for (String status : ReportSummary.STATUSES) {
        number(row.createCell(c++), BigDecimal.valueOf(of.of(status)), styles.integer);
      }
      number(row.createCell(c++), BigDecimal.valueOf(of.all()), styles.integer);
    }
  }

  private static void indicators(Sheet sheet, Styles styles, List<ReportIndicator> indicators) {
    Table table =
        new Table(
            sheet,
            styles,
            0,
            List.of(
                column("Code", NARROW),
                column("Indicator", WIDE),
                column("Department", MEDIUM),
                column("Aim", MEDIUM),
                column("Committee", MEDIUM),
                column("Owner", MEDIUM),
                column("Period", MEDIUM),
                column("Figure", MEDIUM),
                column("Target", MEDIUM),
                column("Status", NARROW),
                column("Status reason", TEXT),
                column("Against previous period", MEDIUM),
                column("Against last year", MEDIUM),
                column("Year-end forecast", MEDIUM),
                column("Variation", WIDE),
                column("Assurance", WIDE),
                column("Commentary", TEXT)));
    for (ReportIndicator i : indicators) {
      Row row = table.row();
      int c = 0;
      text(row.createCell(c++), i.code(), null);
      text(row.createCell(c++), i.name(), null);
      text(row.createCell(c++), i.department(), null);
      text(row.createCell(c++), i.aim(), null);
      text(row.createCell(c++), i.committee(), null);
      text(row.createCell(c++), i.owner(), null);
      text(row.createCell(c++), i.period(), null);
      figure(row.createCell(c++), i, i.figureValue(), styles);
      figure(row.createCell(c++), i, i.targetValue(), styles);
      text(row.createCell(c++), i.statusLabel(), null);
      text(row.createCell(c++), i.statusReason(), styles.wrapped);
      text(row.createCell(c++), i.againstPrevious(), null);
      text(row.createCell(c++), i.againstLastYear(), null);
      figure(row.createCell(c++), i, i.forecastValue(), styles);
      text(row.createCell(c++), i.variationLabel(), null);
      text(row.createCell(c++), i.assuranceLabel(), null);
      text(row.createCell(c), i.commentary(), styles.wrapped);
    }
    table.filter();
  }

  private static void exceptions(Sheet sheet, Styles styles, List<ReportIndicator> indicators) {
    Table table =
        new Table(
            sheet,
            styles,
            0,
            List.of(
                column("Code", NARROW),
                column("Indicator", WIDE),
                column("Department", MEDIUM),
                column("Committee", MEDIUM),
                column("Owner", MEDIUM),
                column("Period", MEDIUM),
                column("Figure", MEDIUM),
                column("Target", MEDIUM),
                column("Status reason", TEXT),
                column("Explanation", TEXT),
                column("Recovery action", TEXT)));
    for (ReportIndicator i : indicators) {
      Row row = table.row();
      int c = 0;
      text(row.createCell(c++), i.code(), null);
      text(row.createCell(c++), i.name(), null);
      text(row.createCell(c++), i.department(), null);
      text(row.createCell(c++), i.committee(), null);
      text(row.createCell(c++), i.owner(), null);
      text(row.createCell(c++), i.period(), null);
      figure(row.createCell(c++), i, i.figureValue(), styles);
      figure(row.createCell(c++), i, i.targetValue(), styles);
      text(row.createCell(c++), i.statusReason(), styles.wrapped);
      text(row.createCell(c++), i.explanation(), styles.wrapped);
      text(row.createCell(c), i.recoveryAction(), styles.wrapped);
    }
    table.filter();
  }

  private static void contextual(Sheet sheet, Styles styles, List<ReportIndicator> indicators) {
    Table table =
        new Table(
            sheet,
            styles,
            0,
            List.of(
                column("Code", NARROW),
                column("Indicator", WIDE),
                column("Department", MEDIUM),
                column("Aim", MEDIUM),
                column("Owner", MEDIUM),
                column("Period", MEDIUM),
                column("Figure", MEDIUM),
                column("Against previous period", MEDIUM),
                column("Against last year", MEDIUM),
                column("Variation", WIDE),
                column("Commentary", TEXT)));
    for (ReportIndicator i : indicators) {
      Row row = table.row();
      int c = 0;
      text(row.createCell(c++), i.code(), null);
      text(row.createCell(c++), i.name(), null);
      text(row.createCell(c++), i.department(), null);
      text(row.createCell(c++), i.aim(), null);
      text(row.createCell(c++), i.owner(), null);
      text(row.createCell(c++), i.period(), null);
      figure(row.createCell(c++), i, i.figureValue(), styles);
      text(row.createCell(c++), i.againstPrevious(), null);
      text(row.createCell(c++), i.againstLastYear(), null);
      text(row.createCell(c++), i.variationLabel(), null);
      text(row.createCell(c), i.commentary(), styles.wrapped);
    }
    table.filter();
  }

  private static void actions(Sheet sheet, Styles styles, List<ReportAction> actions) {
    Table table =
        new Table(
            sheet,
            styles,
            0,
            List.of(
                column("Code", NARROW),
                column("Action", WIDE),
                column("Aim", MEDIUM),
                column("Committee", MEDIUM),
                column("Lead", MEDIUM),
                column("Status", NARROW),
                column("Status reason", TEXT),
                column("Due", MEDIUM),
                column("% complete", NARROW),
                column("Overdue milestones", WIDE),
                column("Next milestone", WIDE),
                column("Commentary", TEXT)));
    for (ReportAction a : actions) {
      Row row = table.row();
      int c = 0;
      text(row.createCell(c++), a.code(), null);
      text(row.createCell(c++), a.title(), null);
      text(row.createCell(c++), a.aim(), null);
      text(row.createCell(c++), a.committee(), null);
      text(row.createCell(c++), a.lead(), null);
      text(row.createCell(c++), a.statusLabel(), null);
      text(row.createCell(c++), a.statusReason(), styles.wrapped);
      date(row.createCell(c++), a.due(), styles);
      number(
          row.createCell(c++),
          a.percentComplete() == null ? null : BigDecimal.valueOf(a.percentComplete(), 2),
          styles.percent(0));
      text(row.createCell(c++), Words.overdueMilestones(a), styles.wrapped);
      text(row.createCell(c++), a.nextMilestone(), null);
      text(row.createCell(c), a.commentary(), styles.wrapped);
    }
    table.filter();
  }

  private static void revisions(Sheet sheet, Styles styles, List<ReportRevision> revisions) {
    Table table =
        new Table(
            sheet,
            styles,
            0,
            List.of(
                column("Code", NARROW),
                column("Indicator", WIDE),
                column("Period", MEDIUM),
                column("Published in", MEDIUM),
                column("Was", MEDIUM),
                column("Now", MEDIUM),
                column("Reason", TEXT),
                column("Corrected by", MEDIUM),
                column("Approved on", MEDIUM)));
    for (ReportRevision r : revisions) {
      Row row = table.row();
      int c = 0;
      text(row.createCell(c++), r.indicatorCode(), null);
      text(row.createCell(c++), r.indicatorName(), null);
      text(row.createCell(c++), r.period(), null);
      month(row.createCell(c++), r.publishedIn(), styles);
      text(row.createCell(c++), r.was(), null);
      text(row.createCell(c++), r.now(), null);
      text(row.createCell(c++), r.reason(), styles.wrapped);
      text(row.createCell(c++), r.by(), null);
      date(
          row.createCell(c),
          r.at() == null ? null : r.at().atZone(FileDetails.LONDON).toLocalDate(),
          styles);
    }
    table.filter();
  }

  /** A value in the indicator's unit: a percentage as a fraction, anything else as it is. */
  private static void figure(Cell cell, ReportIndicator i, BigDecimal value, Styles styles) {
    if (value == null) {
      return;
    }
    if ("PERCENTAGE".equals(i.unit())) {
      number(cell, value.movePointLeft(2), styles.percent(i.decimals()));
    } else {
      number(cell, value, styles.number(i.unit(), i.decimals()));
    }
  }

  /** Always a text cell, never a formula; a null or empty text leaves the cell blank. */
  private static void text(Cell cell, String value, CellStyle style) {
    if (style != null) {
      cell.setCellStyle(style);
    }
    if (value != null && !value.isEmpty()) {
      cell.setCellValue(Words.clean(value));
    }
  }

  /** A number, turned into a double only here, where the cell needs it; null leaves it blank. */
  private static void number(Cell cell, BigDecimal value, CellStyle style) {
    cell.setCellStyle(style);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
  }

  private static void date(Cell cell, LocalDate value, Styles styles) {
    cell.setCellStyle(styles.date);
    if (value != null) {
      cell.setCellValue(value);
    }
  }

  private static void month(Cell cell, YearMonth value, Styles styles) {
    cell.setCellStyle(styles.month);
    if (value != null) {
      cell.setCellValue(value.atDay(1));
    }
  }

  private static Column column(String header, int width) {
    return new Column(header, width);
  }

  private record Column(String header, int width) {}

  /** A table on a sheet: a bold header row, frozen when it is the sheet's first, and a filter. */
  private static final class Table {

    private final Sheet sheet;
    private final int first;
    private final int columns;
    private int next;

    Table(Sheet sheet, Styles styles, int first, List<Column> columns) {
      this.sheet = sheet;
      this.first = first;
      this.columns = columns.size();
      Row header = sheet.createRow(first);
      for (int c = 0; c < columns.size(); c++) {
        text(header.createCell(c), columns.get(c).header(), styles.header);
        sheet.setColumnWidth(c, columns.get(c).width() * 256);
      }
      if (first == 0) {
        sheet.createFreezePane(0, 1);
      }
      this.next = first + 1;
    }

    Row row() {
      return sheet.createRow(next++);
    }

    /** The auto filter over the header and every row written. */
    void filter() {
      sheet.setAutoFilter(new CellRangeAddress(first, Math.max(first, next - 1), 0, columns - 1));
    }
  }

  /** The workbook's cell styles, each made once. */
  private static final class Styles {

    private final XSSFWorkbook book;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle wrapped;
    private final CellStyle integer;
    private final CellStyle date;
    private final CellStyle month;
    private final Map<String, CellStyle> numbers = new HashMap<>();

    Styles(XSSFWorkbook book) {
      this.book = book;
      Font big = book.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = book.createCellStyle();
      title.setFont(big);
      Font bold = book.createFont();
      bold.setBold(true);
      header = book.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      wrapped = book.createCellStyle();
      wrapped.setWrapText(true);
      integer = formatted("#,##0");
      date = formatted("d mmm yyyy");
      month = formatted("mmm yyyy");
    }

    CellStyle percent(int decimals) {
      return formatted("0" + fraction(decimals) + "%");
    }

    /** Money in pounds, anything else a plain number with thousands separated. */
    CellStyle number(String unit, int decimals) {
      String format = "#,##0" + fraction(decimals);
      return formatted("MONEY".equals(unit) ? "\"£\"" + format : format);
    }

    private static String fraction(int decimals) {
      return decimals <= 0 ? "" : "." + "0".repeat(decimals);
    }

    private CellStyle formatted(String format) {
      return numbers.computeIfAbsent(
          format,
          f -> {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(f));
            return style;
          });
    }
  }
}
