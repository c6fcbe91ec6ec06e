package org.barometer.app.action;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.form.DateField;
import org.barometer.core.action.Progress;
import org.barometer.core.action.ProgressStatus;

/** Reads the progress form, with an error per wrong field and nothing half-read. */
final class ProgressFields {

  static final int MAX_COMMENTARY = 4_000;
  static final int MAX_REASON = 2_000;

  private ProgressFields() {}

  /** The month's progress, or empty with the errors added to {@code errors}. */
  static Optional<Progress> read(
      ProgressForm form, YearMonth month, LocalDate today, Map<String, String> errors) {
    Optional<ProgressStatus> status = status(form.status(), errors);
    Optional<Integer> percent = percent(form.percentComplete(), errors);
    length("commentary", "The commentary", form.commentary(), MAX_COMMENTARY, errors);
    length("reason", "The reason", form.reason(), MAX_REASON, errors);
    if (status.filter(ProgressStatus::needsReason).isPresent() && form.reason().isEmpty()) {
      errors.put(
          "reason",
          "Say why the action is "
              + status.get().label().toLowerCase(Locale.UK)
              + ": the report shows the reason");
    }
    Optional<LocalDate> completed =
        DateField.read("completedOn", "the date it was completed", form.completedOn(), errors);
    boolean completing = status.equals(Optional.of(ProgressStatus.COMPLETED));
    if (completing && completed.isEmpty() && !errors.containsKey("completedOn")) {
      errors.put("completedOn", "Give the date the action was completed");
    }
    if (!completing && completed.isPresent()) {
      errors.put(
          "completedOn", "Leave the completed date empty unless the action is reported completed");
    }
    if (completed.filter(d -> d.isAfter(today)).isPresent()) {
      errors.put("completedOn", "The completed date cannot be after today");
    }
    if (!errors.isEmpty() || status.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Progress(month, status.get(), percent, form.commentary(), form.reason(), completed));
  }

  private static Optional<ProgressStatus> status(String text, Map<String, String> errors) {
    try {
      return Optional.of(ProgressStatus.valueOf(text));
    } catch (IllegalArgumentException e) {
      errors.put("status", "Choose how the action stands this month");
      return Optional.empty();
    }
  }

  private static Optional<Integer> percent(String text, Map<String, String> errors) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String digits = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
    if (digits.matches("\\d{1,3}") && Integer.parseInt(digits) <= 100) {
      return Optional.of(Integer.parseInt(digits));
    }
    errors.put(
        "percentComplete",
        "Give the percentage complete as a whole number from 0 to 100, like 60, not '"
            + text
            + "'; leave it empty when a percentage means nothing for this action");
    return Optional.empty();
  }

  private static void length(
      String field, String name, String text, int most, Map<String, String> errors) {
    if (text.length() > most) {
      errors.put(field, name + " is at most " + most + " characters");
    }
  }
}
