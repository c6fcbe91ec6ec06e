package org.barometer.core.measurement;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.Period;

/**
 * The figures of one indicator, one per period, all of the indicator's frequency. The order in
 * which figures are given does not matter.
 */
public final class Series {

  private final Frequency frequency;
  private final NavigableMap<Period, Measurement> byPeriod;

  private Series(Frequency frequency, NavigableMap<Period, Measurement> byPeriod) {
    this.frequency = frequency;
    this.byPeriod = Collections.unmodifiableNavigableMap(byPeriod);
  }

  /**
   * A series of the given figures.
   *
   * @throws IllegalArgumentException if a figure has another frequency, or two share a period
   */
  public static Series of(Frequency frequency, Collection<Measurement> measurements) {
    NavigableMap<Period, Measurement> byPeriod = new TreeMap<>();
    for (Measurement measurement : measurements) {
      if (measurement.period().frequency() != frequency) {
        throw new IllegalArgumentException(
            measurement.period() + " is not a " + frequency + " period");
      }
      if (byPeriod.put(measurement.period(), measurement) != null) {
        throw new IllegalArgumentException("Two figures for " + measurement.period());
      }
    }
    return new Series(frequency, byPeriod);
  }

  public static Series empty(Frequency frequency) {
    return of(frequency, List.of());
  }

  public Frequency frequency() {
    return frequency;
  }

  public Optional<Measurement> at(Period period) {
    return Optional.ofNullable(byPeriod.get(period));
  }

  /** The figures in period order. */
  public Collection<Measurement> measurements() {
    return byPeriod.values();
  }

  public boolean isEmpty() {
    return byPeriod.isEmpty();
  }

  /** The latest period with a figure that ends by the given period's end, if any. */
  public Optional<Period> latestUpTo(Period period) {
    return Optional.ofNullable(byPeriod.floorKey(period));
  }

  /** A series with one more figure, replacing any for the same period. */
  public Series with(Measurement measurement) {
    NavigableMap<Period, Measurement> copy = new TreeMap<>(byPeriod);
    copy.put(measurement.period(), measurement);
    return of(frequency, copy.values());
  }
}
