package org.barometer.app.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * The report as a Word document for pasting into committee reports: Word's own Heading 1, 2 and 3
 * styles (so the sections show in the navigation pane and a pasted section keeps its level) and
 * real tables whose header row repeats on every page, for the summary, the corporate indicators,
 * the contextual basket, the priority actions and the revisions; each exception is a heading of its
 * own with its explanation and recovery action. English (UK) is the proofing language.
 */
@Component
public class DocxReportWriter implements ReportWriter {

  static final String HEADING_1 = "Heading1";
  static final String HEADING_2 = "Heading2";
  static final String HEADING_3 = "Heading3";

  private static final String FONT = "Arial";

  public DocxReportWriter() {}

  @Override
  public ReportFormat format() {
    return ReportFormat.DOCX;
  }

  @Override
  public byte[] write(MonthlyReport report, Pack pack, EditionMark mark) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      styles(doc);
      a4(doc);
      heading(doc, HEADING_1, report.title());
      paragraph(doc, pack.name(), true);
      paragraph(doc, report.organisation(), false);
      paragraph(doc, mark.label(), false);
      summary(doc, report.summary());
      indicators(doc, report.corporate());
      exceptions(doc, report.exceptions());
      contextual(doc, report.contextual());
      actions(doc, report.actions());
      revisions(doc, report.revisions());
      FileDetails.set(doc.getProperties().getCoreProperties(), report, pack, mark);
      doc.write(out);
      return StableZip.of(out.toByteArray(), FileDetails.created(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void summary(XWPFDocument doc, ReportSummary summary) {
    heading(doc, HEADING_2, "Summary");
    paragraph(
        doc,
        "How many corporate indicators are green, amber, red and without status this month, with"
            + " the change since last month in brackets.",
        false);
    counts(doc, "All corporate indicators", List.of(summary.total()));
    counts(doc, "By department", summary.byDepartment());
    counts(doc, "By corporate aim", summary.byAim());
    counts(doc, "By scrutiny committee", summary.byCommittee());
  }

  private static void counts(XWPFDocument doc, String title, List<ReportSummary.Row> rows) {
    heading(doc, HEADING_3, title);
    List<Column<ReportSummary.Row>> columns = new ArrayList<>();
    columns.add(column("Group", ReportSummary.Row::name));
    for (int s = 0; s < ReportSummary.STATUSES.size(); s++) {
      String status = ReportSummary.STATUSES.get(s);
      columns.add(
          column(
              Words.STATUSES.get(s),
              row -> row.now().of(status) + " (" + row.change(status) + ")"));
    }
    columns.add(column("Total", row -> Integer.toString(row.now().all())));
    table(doc, columns, rows);
  }

  private static final Column<ReportIndicator> CODE = column("Code", ReportIndicator::code);
  private static final Column<ReportIndicator> NAME = column("Indicator", ReportIndicator::name);
  private static final Column<ReportIndicator> PERIOD = column("Period", ReportIndicator::period);
  private static final Column<ReportIndicator> FIGURE = column("Figure", ReportIndicator::figure);

  private static final List<Column<ReportIndicator>> INDICATOR_COLUMNS =
      List.of(
          CODE,
          NAME,
          PERIOD,
          FIGURE,
          column("Target", ReportIndicator::target),
          column(
              "Status",
              i ->
                  i.statusLabel()
                      + "\n"
                      + i.statusReason()
                      + (i.overridden() ? "\n" + i.computedStatusLine() : "")),
          column(
              "Direction of travel",
              i ->
                  "Against previous period: "
                      + i.againstPrevious()
                      + "\nAgainst last year: "
                      + i.againstLastYear()),
          column("Year-end forecast", ReportIndicator::forecast));

  private static final List<Column<ReportIndicator>> CONTEXTUAL_COLUMNS =
      List.of(
          CODE,
          NAME,
          PERIOD,
          FIGURE,
          column("Against previous period", ReportIndicator::againstPrevious),
          column("Against last year", ReportIndicator::againstLastYear));

  private static final List<Column<ReportAction>> ACTION_COLUMNS =
      List.of(
          column("Code", ReportAction::code),
          column("Action", ReportAction::title),
          column("Lead", ReportAction::lead),
          column("Status", a -> a.statusLabel() + "\n" + a.statusReason()),
          column("Due", a -> Words.day(a.due())),
          column("Complete", a -> a.percentComplete() == null ? "" : a.percentComplete() + "%"),
          column("Milestones", DocxReportWriter::milestones));

  private static final List<Column<ReportRevision>> REVISION_COLUMNS =
      List.of(
          column("Indicator", r -> r.indicatorCode() + " " + r.indicatorName()),
          column("Period", ReportRevision::period),
          column("Published in", r -> ReportMonths.longLabel(r.publishedIn())),
          column("Was", ReportRevision::was),
          column("Now", ReportRevision::now),
          column("Reason", ReportRevision::reason));

  private static void indicators(XWPFDocument doc, List<ReportIndicator> indicators) {
    heading(doc, HEADING_2, "Corporate indicators");
    table(doc, INDICATOR_COLUMNS, indicators);
  }

  private static void exceptions(XWPFDocument doc, List<ReportIndicator> exceptions) {
    heading(doc, HEADING_2, "Exceptions");
    if (exceptions.isEmpty()) {
      paragraph(doc, "No corporate indicator is red this month.", false);
    }
    for (ReportIndicator i : exceptions) {
      heading(doc, HEADING_3, i.code() + " " + i.name());
      paragraph(doc, i.statusReason(), false);
      if (i.overridden()) {
        paragraph(doc, i.computedStatusLine(), false);
      }
      labelled(doc, "Explanation", i.explanation());
      labelled(doc, "Recovery action", i.recoveryAction());
    }
  }

  private static void contextual(XWPFDocument doc, List<ReportIndicator> indicators) {
    heading(doc, HEADING_2, "Contextual basket");
    paragraph(
        doc,
        "Indicators the council does not control, monitored for their trend only: they have no"
            + " target and no status.",
        false);
    table(doc, CONTEXTUAL_COLUMNS, indicators);
  }

  private static void actions(XWPFDocument doc, List<ReportAction> actions) {
    heading(doc, HEADING_2, "Priority actions");
    table(doc, ACTION_COLUMNS, actions);
  }

  /**
   * "Overdue: Building handed over (due 30 Sep 2016)" and "Next: Opening ceremony", each a line.
   */
  private static String milestones(ReportAction action) {
    String overdue = Words.overdueMilestones(action);
    return (overdue.isEmpty() ? "" : "Overdue: " + overdue + "\n")
        + (action.nextMilestone().isEmpty() ? "" : "Next: " + action.nextMilestone());
  }

  private static void revisions(XWPFDocument doc, List<ReportRevision> revisions) {
    heading(doc, HEADING_2, "Revisions");
    paragraph(doc, "Figures published in an earlier edition and corrected since.", false);
    table(doc, REVISION_COLUMNS, revisions);
  }

  /** A table's column: its header and its text for an item. */
  private record Column<T>(String header, Function<T, String> value) {}

  private static <T> Column<T> column(String header, Function<T, String> value) {
    return new Column<>(header, value);
  }

  /**
   * A table with a bold header row that repeats at the top of each page, or a line saying there is
   * nothing when there are no rows.
   */
  private static <T> void table(XWPFDocument doc, List<Column<T>> columns, List<T> items) {
    if (items.isEmpty()) {
      paragraph(doc, "None this month.", false);
      return;
    }
    XWPFTable table = doc.createTable(items.size() + 1, columns.size());
    table.setWidth("100%");
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < columns.size(); c++) {
      text(header.getCell(c).getParagraphs().get(0), columns.get(c).header(), true);
    }
    for (int r = 0; r < items.size(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      for (int c = 0; c < columns.size(); c++) {
        XWPFTableCell cell = row.getCell(c);
        text(cell.getParagraphs().get(0), columns.get(c).value().apply(items.get(r)), false);
      }
    }
    doc.createParagraph();
  }

  private static void heading(XWPFDocument doc, String style, String text) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setStyle(style);
    text(paragraph, text, false);
  }

  private static void paragraph(XWPFDocument doc, String text, boolean bold) {
    text(doc.createParagraph(), text, bold);
  }

  /** "Explanation" in bold, then the text, or "Not written yet." when there is none. */
  private static void labelled(XWPFDocument doc, String label, String text) {
    XWPFParagraph paragraph = doc.createParagraph();
    XWPFRun run = paragraph.createRun();
    run.setBold(true);
    run.setText(label + ": ");
    String value = Words.clean(text);
    lines(paragraph.createRun(), value.isBlank() ? "Not written yet." : value);
  }

  /**
   * Text in one run; each line break in it is a line break in Word. A run that is not bold says
   * nothing of it, so a heading keeps its style's weight.
   */
  private static void text(XWPFParagraph paragraph, String text, boolean bold) {
    XWPFRun run = paragraph.createRun();
    if (bold) {
      run.setBold(true);
    }
    lines(run, Words.clean(text));
  }

  private static void lines(XWPFRun run, String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int l = 0; l < lines.length; l++) {
      if (l > 0) {
        run.addBreak();
      }
      run.setText(lines[l]);
    }
  }

  /** An A4 page, as the councils print on. */
  private static void a4(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
  }

  /**
   * Word's Normal and Heading 1 to 3 styles, defined in the file as Word defines them (same ids,
   * same names, outline levels 1 to 3), with English (UK) as the proofing language.
   */
  private static void styles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    // POI appends each run property where it is asked; Word wants the schema's order (rFonts
    // first, b before sz, lang late), so they are added in that order.
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    styles.setDefaultFonts(fonts);
    styles.setSpellingLanguage("en-GB");
    CTStyle normal = style("Normal", "Normal", false, 22);
    normal.setDefault(true);
    normal.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
    styles.addStyle(new XWPFStyle(normal, styles));
    int[] sizes = {36, 30, 26};
    for (int level = 1; level <= 3; level++) {
      CTStyle heading = style("Heading" + level, "heading " + level, true, sizes[level - 1]);
      heading.addNewBasedOn().setVal("Normal");
      heading.addNewNext().setVal("Normal");
      heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
      heading.addNewQFormat();
      CTPPrGeneral paragraph = heading.addNewPPr();
      paragraph.addNewKeepNext();
      paragraph.addNewKeepLines();
      paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
      styles.addStyle(new XWPFStyle(heading, styles));
    }
  }

  private static CTStyle style(String id, String name, boolean bold, int halfPoints) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    CTRPr run = style.addNewRPr();
    if (bold) {
      run.addNewB();
    }
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    return style;
  }
}
