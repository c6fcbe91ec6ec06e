package org.barometer.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.barometer.app.action.ActionPlanFormat;
import org.junit.jupiter.api.Test;

/** A file read for an import is bounded in rows, cell lengths and errors listed. */
class CsvLimitsTest {

  private static final String HEADER = String.join(",", ActionPlanFormat.REQUIRED) + "\n";

  @Test
  void aFileOfAMillionRowsIsRefusedAfterItsLimitWithoutReadingOn() {
    Generated file = new Generated(HEADER, "\n", 1_000_000);
    ImportErrors errors = new ImportErrors();

    Optional<List<CsvRow>> rows =
        ActionPlanFile.FILE.read(
            CatalogueFolder.streamed(ActionPlanFormat.FILE, () -> file), errors);

    assertThat(rows).isEmpty();
    assertThat(errors.list())
        .hasSize(ImportErrors.MOST_LISTED + 1)
        .first()
        .satisfies(e -> assertThat(e.row()).isEqualTo(CsvFile.MOST_ROWS + 2))
        .satisfies(
            e ->
                assertThat(e.reason())
                    .isEqualTo(
                        "the file has more than 5,000 rows after its header: split it into"
                            + " smaller files"));
    assertThat(errors.list())
        .last()
        .satisfies(e -> assertThat(e.reason()).startsWith("and 4,801 more errors not listed"));
    assertThat(errors.count()).isEqualTo(CsvFile.MOST_ROWS + 1);
    assertThat(file.served)
        .as("bytes read: the rows after the limit are never read")
        .isLessThan(HEADER.length() + 2 * (CsvFile.MOST_ROWS + 2L) + 64 * 1024);
  }

  @Test
  void aCellEscapedOnExportIsReadBackAsItWasTyped() {
    String row =
        "'-2+3 in a title,''quoted" + ",".repeat(ActionPlanFormat.REQUIRED.size() - 2) + "\n";
    ImportErrors errors = new ImportErrors();

    List<CsvRow> rows =
        ActionPlanFile.FILE
            .read(
                CatalogueFolder.sent(
                    ActionPlanFormat.FILE, (HEADER + row).getBytes(StandardCharsets.UTF_8)),
                errors)
            .orElseThrow();

    assertThat(rows.get(0).text(ActionPlanFormat.REQUIRED.get(0))).isEqualTo("-2+3 in a title");
    assertThat(rows.get(0).text(ActionPlanFormat.REQUIRED.get(1))).isEqualTo("'quoted");
  }

  @Test
  void aCellLongerThanAPageIsRefusedByRowAndColumn() {
    String row =
        "\""
            + "x".repeat(CsvFile.LONGEST_CELL + 1)
            + "\""
            + ",".repeat(ActionPlanFormat.REQUIRED.size() - 1)
            + "\n";
    ImportErrors errors = new ImportErrors();

    ActionPlanFile.FILE.read(
        CatalogueFolder.sent(
            ActionPlanFormat.FILE, (HEADER + row).getBytes(StandardCharsets.UTF_8)),
        errors);

    assertThat(errors.list())
        .singleElement()
        .satisfies(e -> assertThat(e.row()).isEqualTo(2))
        .satisfies(e -> assertThat(e.column()).isEqualTo(ActionPlanFormat.REQUIRED.get(0)))
        .satisfies(
            e ->
                assertThat(e.reason())
                    .isEqualTo("is 4,001 characters long: a cell holds at most 4,000"));
  }

  /** A header, then the same row again and again, made as it is read. */
  private static final class Generated extends InputStream {
    private final byte[] header;
    private final byte[] row;
    private final long rows;
    private long served;

    Generated(String header, String row, long rows) {
      this.header = header.getBytes(StandardCharsets.UTF_8);
      this.row = row.getBytes(StandardCharsets.UTF_8);
      this.rows = rows;
    }

    @Override
    public int read() {
      long total = header.length + rows * row.length;
      if (served >= total) {
        return -1;
      }
      long at = served++;
      return at < header.length ? header[(int) at] : row[(int) ((at - header.length) % row.length)];
    }
  }
}
