package org.barometer.app.report;

import java.util.Arrays;
import java.util.Optional;

/** The files an edition or pack is downloaded as. */
public enum ReportFormat {
  PDF("pdf", "application/pdf"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("csv", "text/csv;charset=UTF-8");

  private final String extension;
  private final String mediaType;

  ReportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<ReportFormat> byExtension(String extension) {
    return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
  }
}
