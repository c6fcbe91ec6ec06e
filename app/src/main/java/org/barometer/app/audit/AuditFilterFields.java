package org.barometer.app.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the audit page's filters, adding what is wrong, by field, to {@code errors}. Dates are
 * days in the UK ({@code Europe/London}), both included.
 */
final class AuditFilterFields {

  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private AuditFilterFields() {}

  static Optional<AuditQuery> read(AuditFilter filter, Map<String, String> errors) {
    if (filter.person().length() > 100) {
      errors.put("person", "Choose a person from the list");
    }
    if (filter.indicator().length() > 40) {
      errors.put("indicator", "An indicator's number is 40 characters or fewer, like 12");
    }
    Optional<LocalDate> from = date("from", "Date from", filter.from(), errors);
    Optional<LocalDate> to = date("to", "Date to", filter.to(), errors);
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      errors.put("to", "Date to must be the same as or after date from");
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new AuditQuery(
            text(filter.person()),
            text(filter.indicator()),
            from.map(day -> day.atStartOfDay(UK).toInstant()),
            to.map(day -> day.plusDays(1).atStartOfDay(UK).toInstant())));
  }

  /** The page asked for, from 1; anything else is the first. */
  static int page(AuditFilter filter) {
    return filter.page().matches("[1-9]\\d{0,5}") ? Integer.parseInt(filter.page()) : 1;
  }

  private static Optional<LocalDate> date(
      String field, String label, String text, Map<String, String> errors) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (DateTimeFormatter format : new DateTimeFormatter[] {DAY_MONTH_YEAR, ISO}) {
      try {
        LocalDate day = LocalDate.parse(text, format);
        if (day.getYear() >= 1900 && day.getYear() <= 2999) {
          return Optional.of(day);
        }
      } catch (DateTimeParseException notThisFormat) {
        // try the next
      }
    }
    errors.put(field, label + " must be a real date, like 1/11/2016");
    return Optional.empty();
  }

  private static Optional<String> text(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
