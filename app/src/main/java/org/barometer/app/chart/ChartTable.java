package org.barometer.app.chart;

import java.util.List;

/**
 * A chart's numbers as a table, for a page to show beside the chart (or instead of it): a caption,
 * the column headers, and one row of cells per period, each row as long as the headers.
 *
 * @param caption what the table holds, for an HTML {@code <caption>}
 * @param headers the column headers
 * @param rows the rows, oldest period first, every cell formatted for reading
 */
public record ChartTable(String caption, List<String> headers, List<List<String>> rows) {

  public ChartTable {
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException(
            "A row has " + row.size() + " cells for " + headers.size() + " headers: " + row);
      }
    }
  }
}
