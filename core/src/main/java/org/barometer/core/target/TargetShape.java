package org.barometer.core.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.barometer.core.aggregation.Aggregation;
import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Series;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.Period;

/**
 * The shape of a year-to-date figure through earlier years: by each month, the share of its
 * year-end figure that it had reached, averaged over the years. A year-end target spread in that
 * shape is the monthly profile a council judges a collection rate against: Council Tax collected by
 * November is not measured against March's 97.2%, but against the part of it that earlier years had
 * collected by November.
 *
 * @param years the earlier years the shape is drawn from, oldest first
 * @param shares twelve shares, April first, March's being one
 */
public record TargetShape(List<FinancialYear> years, List<ExactValue> shares) {

  public TargetShape {
    years = List.copyOf(years);
    shares = List.copyOf(shares);
    if (years.isEmpty() || shares.size() != 12) {
      throw new IllegalArgumentException("A shape has at least one year and twelve shares");
    }
  }

  /** The shape, or why there is none: the first reason a year cannot give one. */
  public sealed interface Result {}

  /** A shape drawn from every year asked for. */
  public record Drawn(TargetShape shape) implements Result {}

  /** No shape, with why, naming the year and month. */
  public record Refused(String reason) implements Result {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The average shape of the indicator's reported figures in {@code years}. Each year needs a
   * figure for every month, complete, and a year-end figure above zero.
   */
  public static Result of(Measure measure, Series series, List<FinancialYear> years) {
    if (measure.frequency() != Frequency.MONTHLY) {
      return new Refused("A shape from earlier years needs monthly figures");
    }
    if (years.isEmpty()) {
      return new Refused("Choose at least one earlier year to take the shape from");
    }
    List<ExactValue> sums = new ArrayList<>(java.util.Collections.nCopies(12, ExactValue.ZERO));
    for (FinancialYear year : years) {
      Period march = measure.frequency().periodContaining(year.lastMonth());
      ReportedFigure end = Aggregation.forPeriod(measure, series, march);
      if (!end.hasValue() || end.incomplete() || end.value().get().signum() <= 0) {
        return new Refused(
            year.label()
                + " has no complete figure above zero for March "
                + year.lastMonth().getYear()
                + " to take the shape from");
      }
      for (int month = 1; month <= 12; month++) {
        Period period = measure.frequency().periodContaining(year.month(month));
        ReportedFigure figure = Aggregation.forPeriod(measure, series, period);
        if (!figure.hasValue() || figure.incomplete()) {
          return new Refused(
              year.label()
                  + " has no complete figure for "
                  + period.label()
                  + ": a shape needs every month of the year");
        }
        sums.set(
            month - 1, sums.get(month - 1).add(figure.value().get().divide(end.value().get())));
      }
    }
    List<ExactValue> shares = sums.stream().map(sum -> sum.divide(years.size())).toList();
    return new Drawn(new TargetShape(years.stream().sorted().toList(), shares));
  }

  /**
   * The year-end value spread in this shape: each month's target is the year-end value times the
   * month's share, rounded to the indicator's decimals; March's is the year-end value itself.
   */
  public Target.MonthlyProfile spread(ExactValue yearEnd, Measure measure) {
    List<ExactValue> months = new ArrayList<>(12);
    for (int month = 1; month <= 11; month++) {
      months.add(ExactValue.of(yearEnd.multiply(shares.get(month - 1)).round(measure.decimals())));
    }
    months.add(yearEnd);
    return new Target.MonthlyProfile(months);
  }

  /** The years in words: "2015/16", "2014/15 and 2015/16", "2013/14, 2014/15 and 2015/16". */
  public String yearsInWords() {
    List<String> labels = years.stream().map(FinancialYear::label).toList();
    if (labels.size() == 1) {
      return labels.get(0);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " and "
        + labels.get(labels.size() - 1);
  }
}
