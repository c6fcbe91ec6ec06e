package org.barometer.app.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
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
import org.barometer.app.report.ReportMonths;
import org.barometer.app.report.ReportRevision;
import org.barometer.app.report.ReportSummary;
import org.barometer.app.report.ReportWriter;
import org.barometer.app.spreadsheet.SpreadsheetText;
import org.springframework.stereotype.Component;

/**
 * The report as an Excel workbook: a Summary sheet, then one sheet per section (Indicators,
 * Exceptions, Contextual, Actions, Revisions), each a table with a bold, frozen header row and an
 * auto filter. Numbers are numbers in the indicator's format (a percentage is stored as a fraction
 * with a percent format), dates are dates, a missing value is a blank cell, and every text is a
 * text cell, so nothing an owner typed is ever run as a formula; a text that would start like one
 * has an apostrophe in front ({@link SpreadsheetText}), so it stays text when the cell is edited.
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
      table(book.createSheet(INDICATORS), styles, 0, INDICATOR_COLUMNS, report.corporate());
      table(book.createSheet(EXCEPTIONS), styles, 0, EXCEPTION_COLUMNS, report.exceptions());
      table(book.createSheet(CONTEXTUAL), styles, 0, CONTEXTUAL_COLUMNS, report.contextual());
      table(book.createSheet(ACTIONS), styles, 0, ACTION_COLUMNS, report.actions());
      table(book.createSheet(REVISIONS), styles, 0, REVISION_COLUMNS, report.revisions());
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
      {"Month", ReportMonths.longLabel(report.month())},
      {"Edition", mark.label()}
    };
    int r = 1;
    for (String[] line : about) {
      Row row = sheet.createRow(r++);
      text(row.createCell(0), line[0], styles.header);
      text(row.createCell(1), line[1], null);
    }
    ReportSummary summary = report.summary();
    List<Group> groups = new ArrayList<>();
    groups.add(new Group("All", summary.total()));
    summary.byDepartment().forEach(row -> groups.add(new Group("Department", row)));
    summary.byAim().forEach(row -> groups.add(new Group("Aim", row)));
    summary.byCommittee().forEach(row -> groups.add(new Group("Committee", row)));
    table(sheet, styles, r + 1, GROUP_COLUMNS, groups);
  }

  /** One row of the summary: the kind of group and its counts. */
  private record Group(String kind, ReportSummary.Row row) {}

  private static final List<Column<Group>> GROUP_COLUMNS = groupColumns();

  private static List<Column<Group>> groupColumns() {
    List<Column<Group>> columns = new ArrayList<>();
    columns.add(text("Group", MEDIUM, Group::kind));
    columns.add(text("Name", WIDE, g -> g.row().name()));
    for (String when : List.of("", " last month")) {
      Function<Group, ReportSummary.Counts> counts =
          when.isEmpty() ? g -> g.row().now() : g -> g.row().before();
      for (int s = 0; s < ReportSummary.STATUSES.size(); s++) {
        String status = ReportSummary.STATUSES.get(s);
        columns.add(count(Words.STATUSES.get(s) + when, g -> counts.apply(g).of(status)));
      }
      columns.add(count("Total" + when, g -> counts.apply(g).all()));
    }
    return List.copyOf(columns);
  }

  private static final Column<ReportIndicator> CODE = text("Code", NARROW, ReportIndicator::code);
  private static final Column<ReportIndicator> NAME =
      text("Indicator", WIDE, ReportIndicator::name);
  private static final Column<ReportIndicator> DEPARTMENT =
      text("Department", MEDIUM, ReportIndicator::department);
  private static final Column<ReportIndicator> AIM = text("Aim", MEDIUM, ReportIndicator::aim);
  private static final Column<ReportIndicator> COMMITTEE =
      text("Committee", MEDIUM, ReportIndicator::committee);
  private static final Column<ReportIndicator> OWNER =
      text("Owner", MEDIUM, ReportIndicator::owner);
  private static final Column<ReportIndicator> PERIOD =
      text("Period", MEDIUM, ReportIndicator::period);
  private static final Column<ReportIndicator> FIGURE =
      figure("Figure", ReportIndicator::figureValue);
  private static final Column<ReportIndicator> TARGET =
      figure("Target", ReportIndicator::targetValue);
  private static final Column<ReportIndicator> STATUS_REASON =
      wrapped("Status reason", ReportIndicator::statusReason);
  private static final Column<ReportIndicator> COMPUTED_STATUS =
      text("Computed status", NARROW, ReportIndicator::computedStatusLabel);
  private static final Column<ReportIndicator> COMPUTED_STATUS_REASON =
      wrapped("Computed status reason", ReportIndicator::computedStatusReason);
  private static final Column<ReportIndicator> AGAINST_PREVIOUS =
      text("Against previous period", MEDIUM, ReportIndicator::againstPrevious);
  private static final Column<ReportIndicator> AGAINST_LAST_YEAR =
      text("Against last year", MEDIUM, ReportIndicator::againstLastYear);
  private static final Column<ReportIndicator> VARIATION =
      text("Variation", WIDE, ReportIndicator::variationLabel);
  private static final Column<ReportIndicator> COMMENTARY =
      wrapped("Commentary", ReportIndicator::commentary);

  private static final List<Column<ReportIndicator>> INDICATOR_COLUMNS =
      List.of(
          CODE,
          NAME,
          DEPARTMENT,
          AIM,
          COMMITTEE,
          OWNER,
          PERIOD,
          FIGURE,
          TARGET,
          text("Status", NARROW, ReportIndicator::statusLabel),
          STATUS_REASON,
          COMPUTED_STATUS,
          COMPUTED_STATUS_REASON,
          AGAINST_PREVIOUS,
          AGAINST_LAST_YEAR,
          figure("Year-end forecast", ReportIndicator::forecastValue),
          VARIATION,
          text("Assurance", WIDE, ReportIndicator::assuranceLabel),
          COMMENTARY);

  private static final List<Column<ReportIndicator>> EXCEPTION_COLUMNS =
      List.of(
          CODE,
          NAME,
          DEPARTMENT,
          COMMITTEE,
          OWNER,
          PERIOD,
          FIGURE,
          TARGET,
          STATUS_REASON,
          COMPUTED_STATUS,
          COMPUTED_STATUS_REASON,
          wrapped("Explanation", ReportIndicator::explanation),
          wrapped("Recovery action", ReportIndicator::recoveryAction));

  private static final List<Column<ReportIndicator>> CONTEXTUAL_COLUMNS =
      List.of(
          CODE,
          NAME,
          DEPARTMENT,
          AIM,
          OWNER,
          PERIOD,
          FIGURE,
          AGAINST_PREVIOUS,
          AGAINST_LAST_YEAR,
          VARIATION,
          COMMENTARY);

  private static final List<Column<ReportAction>> ACTION_COLUMNS =
      List.of(
          text("Code", NARROW, ReportAction::code),
          text("Action", WIDE, ReportAction::title),
          text("Aim", MEDIUM, ReportAction::aim),
          text("Committee", MEDIUM, ReportAction::committee),
          text("Lead", MEDIUM, ReportAction::lead),
          text("Status", NARROW, ReportAction::statusLabel),
          wrapped("Status reason", ReportAction::statusReason),
          new Column<>("Due", MEDIUM, (cell, a, styles) -> date(cell, a.due(), styles.date)),
          new Column<>(
              "% complete",
              NARROW,
              (cell, a, styles) ->
                  number(
                      cell,
                      a.percentComplete() == null
                          ? null
                          : BigDecimal.valueOf(a.percentComplete(), 2),
                      styles.percent(0))),
          new Column<>(
              "Overdue milestones",
              WIDE,
              (cell, a, styles) -> text(cell, Words.overdueMilestones(a), styles.wrapped)),
          text("Next milestone", WIDE, ReportAction::nextMilestone),
          wrapped("Commentary", ReportAction::commentary));

  private static final List<Column<ReportRevision>> REVISION_COLUMNS =
      List.of(
          text("Code", NARROW, ReportRevision::indicatorCode),
          text("Indicator", WIDE, ReportRevision::indicatorName),
          text("Period", MEDIUM, ReportRevision::period),
          new Column<>(
              "Published in",
              MEDIUM,
              (cell, r, styles) -> date(cell, r.publishedIn().atDay(1), styles.month)),
          text("Was", MEDIUM, ReportRevision::was),
          text("Now", MEDIUM, ReportRevision::now),
          wrapped("Reason", ReportRevision::reason),
          text("Corrected by", MEDIUM, ReportRevision::by),
          new Column<>(
              "Approved on",
              MEDIUM,
              (cell, r, styles) ->
                  date(
                      cell,
                      r.at() == null ? null : r.at().atZone(FileDetails.LONDON).toLocalDate(),
                      styles.date)));

  /**
   * A table from row {@code first}: a bold header row, one row per item, each column its set width,
   * and an auto filter over the header and the rows. A table at the top of its sheet has its header
   * row frozen and printed on every page, and prints landscape, one page wide.
   */
  private static <T> void table(
      Sheet sheet, Styles styles, int first, List<Column<T>> columns, List<T> items) {
    Row header = sheet.createRow(first);
    for (int c = 0; c < columns.size(); c++) {
      text(header.createCell(c), columns.get(c).header(), styles.header);
      sheet.setColumnWidth(c, columns.get(c).width() * 256);
    }
    if (first == 0) {
      sheet.createFreezePane(0, 1);
      sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
      sheet.getPrintSetup().setLandscape(true);
      sheet.getPrintSetup().setFitWidth((short) 1);
      sheet.getPrintSetup().setFitHeight((short) 0);
      sheet.setFitToPage(true);
    }
    int r = first;
    for (T item : items) {
      Row row = sheet.createRow(++r);
      for (int c = 0; c < columns.size(); c++) {
        columns.get(c).value().write(row.createCell(c), item, styles);
      }
    }
    sheet.setAutoFilter(new CellRangeAddress(first, r, 0, columns.size() - 1));
  }

  /** How a column writes an item's value into its cell. */
  private interface Value<T> {
    void write(Cell cell, T item, Styles styles);
  }

  /** A table's column: its header, its width in characters and its value. */
  private record Column<T>(String header, int width, Value<T> value) {}

  private static <T> Column<T> text(String header, int width, Function<T, String> value) {
    return new Column<>(header, width, (cell, item, styles) -> text(cell, value.apply(item), null));
  }

  private static <T> Column<T> wrapped(String header, Function<T, String> value) {
    return new Column<>(
        header, TEXT, (cell, item, styles) -> text(cell, value.apply(item), styles.wrapped));
  }

  private static <T> Column<T> count(String header, ToIntFunction<T> value) {
    return new Column<>(
        header,
        NARROW,
        (cell, item, styles) ->
            number(cell, BigDecimal.valueOf(value.applyAsInt(item)), styles.integer));
  }

  private static Column<ReportIndicator> figure(
      String header, Function<ReportIndicator, BigDecimal> value) {
    return new Column<>(
        header, MEDIUM, (cell, i, styles) -> figure(cell, i, value.apply(i), styles));
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

  /**
   * Always a text cell, never a formula, escaped as {@link SpreadsheetText} says; a null or empty
   * text leaves the cell blank.
   */
  private static void text(Cell cell, String value, CellStyle style) {
    if (style != null) {
      cell.setCellStyle(style);
    }
    if (value != null && !value.isEmpty()) {
      cell.setCellValue(SpreadsheetText.neutralised(Words.clean(value)));
    }
  }

  /** A number, turned into a double only here, where the cell needs it; null leaves it blank. */
  private static void number(Cell cell, BigDecimal value, CellStyle style) {
    cell.setCellStyle(style);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
  }

  private static void date(Cell cell, LocalDate value, CellStyle style) {
    cell.setCellStyle(style);
    if (value != null) {
      cell.setCellValue(value);
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
