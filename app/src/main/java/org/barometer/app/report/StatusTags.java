package org.barometer.app.report;

/** The words and GOV.UK tag classes of the report's status keys. */
final class StatusTags {

  private StatusTags() {}

  static String of(String status) {
    switch (status) {
      case "GREEN":
        return "govuk-tag--green";
      case "AMBER":
        return "govuk-tag--yellow";
      case "RED":
        return "govuk-tag--red";
      default:
        return "govuk-tag--grey";
    }
  }

  /** The computed status kept beside an overridden one, as every report file words it. */
  static String computedLine(String reason) {
    return "Computed status: " + (reason == null ? "not kept" : reason);
  }

  static String label(String status) {
    switch (status) {
      case "GREEN":
        return "Green";
      case "AMBER":
        return "Amber";
      case "RED":
        return "Red";
      default:
        return "No status";
    }
  }
}
