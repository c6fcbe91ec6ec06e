package org.barometer.app.clock;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the application runs as of a stated day rather than today, and the words every page shows
 * then, so that nobody takes a demonstration's dates for today's.
 *
 * @param start the clock's start as set ({@code 2016-12-15T09:00}), blank for the system's time
 * @param demo whether the demo data is on
 */
public record RunsAsOf(String start, boolean demo) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  public RunsAsOf {
    start = start == null ? "" : start.strip();
    ApplicationClock.startingAt(start);
  }

  /** The day it started on, if it runs as of a stated day. */
  public Optional<LocalDateTime> day() {
    return ApplicationClock.startingAt(start);
  }

  /** The banner's tag: "Demo" for the demonstration, "Test" for a clock set otherwise. */
  public String tag() {
    return demo ? "Demo" : "Test";
  }

  /** The banner's words, or null when it runs on today's date. */
  public String banner() {
    return day()
        .map(
            day ->
                (demo ? "This demonstration" : "This installation")
                    + " runs as of "
                    + DAY.format(day)
                    + ", not today: its figures, due dates and actions are seen as on that day.")
        .orElse(null);
  }
}
