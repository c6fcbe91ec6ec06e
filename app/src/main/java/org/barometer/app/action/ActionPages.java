package org.barometer.app.action;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.barometer.app.organisation.OrganisationNames;
import org.barometer.core.action.Revision;
import org.springframework.stereotype.Component;

/**
 * How the action pages write dates and order progress; templates reach it as {@code @actionPages}.
 */
@Component("actionPages")
public final class ActionPages {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  ActionPages() {}

  public static String monthName(YearMonth month) {
    return month.format(MONTH);
  }

  public static String day(LocalDate date) {
    return date.format(DAY);
  }

  /**
   * A date as read, with the printed text beside it when that differs: {@code 30 September 2017
   * (printed "31 Sept 2017")}.
   */
  public static String asRead(LocalDate date, String asPrinted) {
    String day = day(date);
    return asPrinted.isEmpty() || asPrinted.equals(day)
        ? day
        : day + " (printed \"" + asPrinted + "\")";
  }

  /** {@code 31 May 2018, revised from 31 March 2018: the survey was late}. */
  public static String revised(Revision revision, LocalDate original) {
    return day(revision.date()) + ", revised from " + day(original) + ": " + revision.reason();
  }

  /** The departments that lead the action: {@code Place and Chief Executive}. */
  public static String leads(ActionDefinition action, OrganisationNames names) {
    return action.leads().stream()
        .map(l -> names.of("department", Optional.of(l.departmentId())))
        .distinct()
        .collect(Collectors.joining(" and "));
  }

  /** A lead directorate by name: {@code Place, Regeneration and Business Development}. */
  public static String lead(Lead lead, OrganisationNames names) {
    String department = names.of("department", Optional.of(lead.departmentId()));
    return lead.serviceId()
        .map(s -> department + ", " + names.of("service", Optional.of(s)))
        .orElse(department);
  }

  static List<StoredProgress> latestFirst(List<StoredProgress> oldestFirst) {
    List<StoredProgress> rows = new ArrayList<>(oldestFirst);
    Collections.reverse(rows);
    return rows;
  }
}
