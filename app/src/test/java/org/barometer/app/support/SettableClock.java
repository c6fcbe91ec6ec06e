package org.barometer.app.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock a test sets, to run the application on a chosen day. Offer it as the {@code @Primary}
 * clock of a test's own configuration.
 */
public final class SettableClock extends Clock {

  private final ZoneId zone;
  private volatile Instant now;

  public SettableClock(LocalDateTime start, ZoneId zone) {
    this.zone = zone;
    this.now = start.atZone(zone).toInstant();
  }

  /** Moves the clock to the local time. */
  public void set(LocalDateTime time) {
    now = time.atZone(zone).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return Clock.fixed(now, other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
