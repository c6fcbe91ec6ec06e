package org.barometer.app.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Measure;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.Period;

/**
 * The values an indicator's XmR chart is drawn from: each period's own approved figure, oldest
 * first, from its first figure to its latest one up to the report month, a missing period as a gap.
 * A figure entered as a running total from April is charted as the period's own part of it (the
 * total less last month's), since the running total itself climbs all year. A value that is not a
 * terminating decimal (a ratio such as 2/3) is charted at ten decimals.
 *
 * @param periods the periods, oldest first
 * @param values each period's value, null for a gap
 * @param note a remark on how the values were made, or empty
 */
public record IndicatorSeries(List<Period> periods, List<BigDecimal> values, String note) {

  static final int DECIMALS = 10;

  static IndicatorSeries of(Measure measure, List<StoredFigure> figures, java.time.YearMonth upTo) {
    Map<Period, ExactValue> approved = new HashMap<>();
    Period first = null;
    Period last = null;
    for (StoredFigure figure : figures) {
      if (figure.state() != FigureState.APPROVED || !figure.period().endsBy(upTo)) {
        continue;
      }
      var value = figure.figure().value(measure.unit().multiplier());
      if (value.isEmpty()) {
        continue;
      }
      approved.put(figure.period(), value.get());
      if (first == null || figure.period().compareTo(first) < 0) {
        first = figure.period();
      }
      if (last == null || figure.period().compareTo(last) > 0) {
        last = figure.period();
      }
    }
    if (last == null) {
      return new IndicatorSeries(List.of(), List.of(), "");
    }
    List<Period> periods = new ArrayList<>();
    for (Period p = last; p.compareTo(first) >= 0; p = p.previous()) {
      periods.add(p);
    }
    Collections.reverse(periods);
    boolean runningTotal = measure.basis() == EntryBasis.YEAR_TO_DATE_TOTAL;
    List<BigDecimal> values = new ArrayList<>(periods.size());
    for (Period period : periods) {
      ExactValue value = approved.get(period);
      if (value != null && runningTotal && period.monthsIntoYear() > period.frequency().months()) {
        ExactValue before = approved.get(period.previous());
        value = before == null ? null : value.subtract(before);
      }
      values.add(value == null ? null : decimal(value));
    }
    String note = "";
    if (runningTotal) {
      note =
          "Figures are entered as running totals from April; the chart shows each period's own"
              + " part of the total (the total less the period before), so a period after a"
              + " missing one is missing too.";
    } else if (measure.basis() != EntryBasis.PERIOD) {
      note =
          "Figures are rates over the year to date, so each point carries the months before it:"
              + " runs and trends are more likely than in figures for a period alone.";
    }
    return new IndicatorSeries(periods, values, note);
  }

  /** A value at up to ten decimals, without trailing zeros, never in E notation. */
  static BigDecimal decimal(ExactValue value) {
    BigDecimal stripped = value.round(DECIMALS).stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  boolean isEmpty() {
    return periods.isEmpty();
  }
}
