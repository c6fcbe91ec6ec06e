package org.barometer.app.reminder;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An expected figure not submitted by its due day.
 *
 * @param code the indicator's code
 * @param name the indicator's name
 * @param department its department, or {@code No department}
 * @param owner its owner's name, or {@code No owner}
 * @param state {@code No figure}, {@code Draft} or {@code Returned}
 * @param chased the day its owner was chased by mail, if they were
 */
public record Overdue(
    String code,
    String name,
    String department,
    String owner,
    String state,
    Optional<LocalDate> chased) {}
