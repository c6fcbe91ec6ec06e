package org.barometer.core.batch;

import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.direction.Direction;
import org.barometer.core.period.FinancialYear;

/**
 * Evaluates every indicator-month of a batch in one pass: the cumulative figure from April (the
 * sum, or the ratio of the summed numerators and denominators), its status against the target for
 * the month, and its direction of travel against the same month last year.
 *
 * <p>The rules are those of the exact path ({@code Aggregation.forPeriod}, {@code
 * TargetForPeriod.of}, {@code StatusRule.rate}, {@code DirectionOfTravel.between}), computed on
 * scaled longs by cross-multiplication, without allocation. A comparison of two products is exact
 * in 128 bits; any other step that would overflow a long sends that indicator-month to the exact
 * path, which gives the same answer. Figures are taken as approved and collected under one
 * definition; anything else goes through the exact path.
 *
 * <p>Each call runs on the calling thread. Separate batches (one per organisation, say) with their
 * own results may be evaluated on separate threads.
 */
public final class BatchEvaluation {

  private static final byte NOT_COMPARABLE = (byte) Direction.NOT_COMPARABLE.ordinal();
  private static final byte IMPROVED = (byte) Direction.IMPROVED.ordinal();
  private static final byte WORSENED = (byte) Direction.WORSENED.ordinal();
  private static final byte NO_CHANGE = (byte) Direction.NO_CHANGE.ordinal();
  private static final byte NEEDS_EXACT = -1;

  private final MonthlyColumns figures;
  private final MeasureColumns measures;
  private final TargetColumns targets;
  private final BatchResults results;
  private final ExactPath exact;
  private final RunningTotal total = new RunningTotal();
  private final LastTwelveMonths lastYear = new LastTwelveMonths();
  private final MonthTarget target = new MonthTarget();
  private final FigureRating rating = new FigureRating();
  private int fallbacks;

  private int indicator;
  private long numerator;
  private long denominator;
  private long rounded;
  private boolean roundedFits;

  private BatchEvaluation(MonthlyColumns figures, TargetColumns targets, BatchResults results) {
    if (targets.indicators() != figures.indicators() || !results.fits(figures)) {
      throw new IllegalArgumentException("The targets and results must be shaped as the figures");
    }
    this.figures = figures;
    this.measures = figures.measures();
    this.targets = targets;
    this.results = results;
    this.exact = new ExactPath(measures, targets);
  }

  /** Evaluates every indicator-month of the figures into new results. */
  public static BatchResults evaluate(MonthlyColumns figures, TargetColumns targets) {
    return evaluate(figures, targets, BatchResults.shapedLike(figures));
  }

  /**
   * Evaluates every indicator-month of the figures into existing results, overwriting them.
   *
   * @return {@code into}
   */
  public static BatchResults evaluate(
      MonthlyColumns figures, TargetColumns targets, BatchResults into) {
    BatchEvaluation evaluation = new BatchEvaluation(figures, targets, into);
    for (int each = 0; each < figures.indicators(); each++) {
      evaluation.evaluateIndicator(each);
    }
    into.exactFallbacks(evaluation.fallbacks);
    return into;
  }

  private void evaluateIndicator(int evaluated) {
    indicator = evaluated;
    rating.load(measures, evaluated);
    lastYear.clear();
    int monthNumber = FinancialYear.monthNumber(figures.firstMonth());
    int startYear = FinancialYear.containing(figures.firstMonth()).startYear();
    int cell = evaluated * figures.months();
    for (int month = 0; month < figures.months(); month++, cell++) {
      if (month == 0 || monthNumber == 1) {
        total.reset(measures.hasComponents(evaluated));
      }
      total.add(figures.value(cell), figures, cell);
      evaluateMonth(month, cell, monthNumber, targets.slot(evaluated, startYear));
      if (++monthNumber > 12) {
        monthNumber = 1;
        startYear++;
      }
    }
  }

  private void evaluateMonth(int month, int cell, int monthNumber, int slot) {
    byte state = total.state();
    roundedFits = false;
    byte status;
    byte direction;
    try {
      boolean rated = false;
      if (state == RunningTotal.VALUE) {
        valueAndRounding();
        rated =
            target.load(
                targets, slot, monthNumber, rating.profilesLinearly(), rating.displayPower());
      }
      status = rated ? rating.rate(numerator, denominator, target) : unrated(state, slot);
      direction = travel(state, month, rated);
    } catch (ArithmeticException beyondLongs) {
      status = NEEDS_EXACT;
      direction = NEEDS_EXACT;
    }
    if (status == NEEDS_EXACT || direction == NEEDS_EXACT) {
      fallbacks++;
      ReportedFigure current = currentFigure(month, state);
      status = status == NEEDS_EXACT ? exact.status(indicator, slot, current) : status;
      direction = exact.direction(indicator, slot, current, earlierFigure(month));
    }
    results.put(cell, status, direction);
    lastYear.remember(month, total, rounded, roundedFits);
  }

  /** The cumulative value as a fraction with a positive denominator, and its display rounding. */
  private void valueAndRounding() {
    if (measures.hasComponents(indicator)) {
      numerator = Math.multiplyExact(total.sum(), measures.multiplier(indicator));
      denominator = total.denominators();
      if (denominator < 0) {
        numerator = Math.negateExact(numerator);
        denominator = -denominator;
      }
    } else {
      numerator = total.sum();
      denominator = Scaled.ONE;
    }
    long scaled = Math.multiplyExact(numerator, rating.displayPower());
    rounded = ExactLongs.divideHalfUp(scaled, denominator);
    roundedFits = true;
  }

  /** No status: no target set, no target, target to be confirmed, no data, or no value. */
  private byte unrated(byte state, int slot) {
    byte kind = targets.kind(slot);
    if (kind == TargetColumns.NOT_SET) {
      return BatchStatus.NO_TARGET_SET.code();
    }
    if (kind == TargetColumns.NONE) {
      return BatchStatus.NO_TARGET.code();
    }
    if (kind == TargetColumns.TBC) {
      return BatchStatus.TARGET_TBC.code();
    }
    return state == RunningTotal.NO_DATA ? BatchStatus.NO_DATA.code() : BatchStatus.NO_VALUE.code();
  }

  /** The direction against the same month last year, compared at the display decimals. */
  private byte travel(byte state, int month, boolean targeted) {
    if (state != RunningTotal.VALUE || lastYear.state(month) != RunningTotal.VALUE) {
      return NOT_COMPARABLE;
    }
    if (!lastYear.roundedInLong(month)) {
      return NEEDS_EXACT;
    }
    int better;
    if (rating.goldilocks()) {
      if (!targeted) {
        return NOT_COMPARABLE;
      }
      better = Long.compare(target.distance(lastYear.rounded(month)), target.distance(rounded));
    } else {
      better = rating.higherIsBetter(Long.compare(rounded, lastYear.rounded(month)));
    }
    return better > 0 ? IMPROVED : better < 0 ? WORSENED : NO_CHANGE;
  }

  private ReportedFigure currentFigure(int month, byte state) {
    return exact.figure(
        indicator, figures.month(month), state, total.sum(), total.denominators(), total.months());
  }

  private ReportedFigure earlierFigure(int month) {
    return exact.figure(
        indicator,
        figures.month(month).minusYears(1),
        lastYear.state(month),
        lastYear.sum(month),
        lastYear.denominators(month),
        lastYear.months(month));
  }
}
