package org.barometer.app.reminder;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Timeliness and completeness of the figures expected for a month, by department.
 *
 * @param month the month: the figures expected are those of the periods that end in it
 * @param due the day they are due
 * @param pastDue whether the due day has passed
 * @param departments one tally per department with figures expected, in the organisation's order
 * @param total the tally of all of them
 * @param overdue the figures not submitted by the due day, when it has passed
 */
public record TimelinessReport(
    YearMonth month,
    LocalDate due,
    boolean pastDue,
    List<Tally> departments,
    Tally total,
    List<Overdue> overdue) {

  public TimelinessReport {
    departments = List.copyOf(departments);
    overdue = List.copyOf(overdue);
  }
}
