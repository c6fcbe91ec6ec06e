package org.barometer.app.action;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.app.spreadsheet.SpreadsheetText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The whole action plan as a CSV file in the import's format, with each action's owner and status
 * today beside it, and the same as an XLSX workbook. Cells that a spreadsheet would run as a
 * formula are written with a leading apostrophe, in both files ({@link SpreadsheetText}).
 */
@Controller
class ActionExportController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ActionPlanRows plan;

  ActionExportController(ActionPlanRows plan) {
    this.plan = plan;
  }

  @GetMapping("/actions/export.csv")
  ResponseEntity<String> export() {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        CSVFormat.RFC4180
            .builder()
            .setHeader(ActionPlanFormat.columns().toArray(String[]::new))
            .get()
            .print(out)) {
      for (List<String> row : plan.rows()) {
        csv.printRecord(safe(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"action-plan.csv\"")
        .body(out.toString());
  }

  /** The same rows as a workbook: every cell text, never a formula, the header row frozen. */
  @GetMapping("/actions/export.xlsx")
  ResponseEntity<byte[]> workbook() {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Action plan");
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      write(sheet.createRow(0), ActionPlanFormat.columns(), bold);
      int n = 1;
      for (List<String> row : plan.rows()) {
        write(sheet.createRow(n++), row, null);
      }
      sheet.createFreezePane(0, 1);
      for (int c = 0; c < ActionPlanFormat.columns().size(); c++) {
        sheet.setColumnWidth(c, 24 * 256);
      }
      book.write(out);
      return ResponseEntity.ok()
          .contentType(XLSX)
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"action-plan.xlsx\"")
          .body(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<String> cells, CellStyle style) {
    for (int c = 0; c < cells.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(SpreadsheetText.neutralised(cells.get(c)));
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  /** Cells starting as a formula would are kept as text (CSV injection). */
  private static List<String> safe(List<String> cells) {
    return cells.stream().map(SpreadsheetText::neutralised).toList();
  }
}
