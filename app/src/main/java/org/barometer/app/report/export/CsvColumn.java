package org.barometer.app.report.export;

import java.util.Objects;

/**
 * A column of the report's CSV file, described for people and for CSVW metadata.
 *
 * @param name its name in the header row, snake_case ({@code indicator_code})
 * @param title its name in words ("Indicator code")
 * @param datatype its CSVW (XSD) datatype: {@code string}, {@code decimal}, {@code integer}, {@code
 *     boolean} or {@code gYearMonth}
 * @param description what it holds, in a sentence
 */
public record CsvColumn(String name, String title, String datatype, String description) {

  public CsvColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(datatype, "datatype");
    Objects.requireNonNull(description, "description");
  }
}
