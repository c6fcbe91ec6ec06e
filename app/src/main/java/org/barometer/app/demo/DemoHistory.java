package org.barometer.app.demo;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.barometer.app.catalogue.Catalogue;
import org.barometer.app.catalogue.Indicator;
import org.barometer.core.measurement.Measurement;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.MonthPeriod;

/**
 * The demo's monthly history for a catalogue: for every indicator with a printed latest figure, a
 * synthetic history from {@link #FIRST_MONTH} that ends exactly on that figure. Indicators the
 * source marks N/A get none. Each indicator's number seeds its history, so the demo is the same on
 * every start.
 */
public final class DemoHistory {

  /** The first month of the synthetic history: four and a half years before November 2016. */
  public static final YearMonth FIRST_MONTH = YearMonth.of(2012, 4);

  private DemoHistory() {}

  /** Each indicator's figures by its number, oldest first. */
  public static Map<Integer, List<Measurement>> of(Catalogue catalogue) {
    Map<Integer, List<Measurement>> histories = new TreeMap<>();
    for (Indicator indicator : catalogue.indicators()) {
      if (indicator.latest().value().isEmpty()
          || indicator.measure().frequency() != Frequency.MONTHLY) {
        continue;
      }
      Anchor anchor =
          new Anchor(
              new MonthPeriod(indicator.latest().period().orElseThrow()),
              indicator.latest().value().orElseThrow());
      histories.put(
          indicator.number(),
          SyntheticHistory.generate(indicator.measure(), anchor, FIRST_MONTH, indicator.number()));
    }
    return histories;
  }
}
