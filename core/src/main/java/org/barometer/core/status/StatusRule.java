package org.barometer.core.status;

import java.math.BigDecimal;
import java.time.Instant;
import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Period;
import org.barometer.core.status.Status.NoStatusReason;
import org.barometer.core.target.TargetForPeriod;

/**
 * Rates a reported figure against the target for the same period.
 *
 * <p>Green when on target or better; amber when worse but within the tolerance; red when worse by
 * more. Comparisons are exact, and the boundary belongs to the better status. A Goldilocks figure
 * is measured to the nearer edge of its range, relative to that edge.
 */
public final class StatusRule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private StatusRule() {}

  /** The status of a figure against its target for the same period. */
  public static Status rate(
      Measure measure, ReportedFigure figure, TargetForPeriod target, Tolerance tolerance) {
    Period period = figure.period();
    if (target instanceof TargetForPeriod.None) {
      return new Status.Unrated(
          NoStatusReason.NO_TARGET,
          "No status: this indicator has no target; it is monitored for its trend only");
    }
    if (target instanceof TargetForPeriod.Tbc tbc) {
      String note = tbc.note().isEmpty() ? "" : " (" + tbc.note() + ")";
      return new Status.Unrated(
          NoStatusReason.TARGET_TBC, "No status: the target is to be confirmed" + note);
    }
    if (figure.absence().isPresent()) {
      ReportedFigure.NoValue absence = figure.absence().get();
      return new Status.Unrated(
          absence == ReportedFigure.NoValue.NO_DATA
              ? NoStatusReason.NO_DATA
              : NoStatusReason.NO_VALUE,
          "No status for " + period.label() + ": " + absence.explanation());
    }
    if (figure.provisional()) {
      return new Status.Unrated(
          NoStatusReason.NOT_APPROVED,
          "No status yet: the " + period.label() + " figure is awaiting approval");
    }
    Status.Rated rated =
        rateValue(measure, figure.value().orElseThrow(), target, tolerance, period);
    if (!figure.incomplete()) {
      return rated;
    }
    return new Status.Rated(
        rated.colour(),
        rated.reason() + "; the figure covers " + figure.coverage().label() + " only");
  }

  private static Status.Rated rateValue(
      Measure measure,
      ExactValue value,
      TargetForPeriod target,
      Tolerance tolerance,
      Period period) {
    if (target instanceof TargetForPeriod.Band band) {
      return measure.polarity() == Polarity.GOLDILOCKS
          ? rateInRange(measure, value, band, tolerance, period)
          : rateAgainstPoint(measure, value, edgeFor(measure, band), tolerance, period);
    }
    TargetForPeriod.Point point = (TargetForPeriod.Point) target;
    return measure.polarity() == Polarity.GOLDILOCKS
        ? rateInRange(
            measure,
            value,
            new TargetForPeriod.Band(point.value(), point.value()),
            tolerance,
            period)
        : rateAgainstPoint(measure, value, point, tolerance, period);
  }

  /** No status because no target is in force for the figure's year yet. */
  public static Status noTargetSet(FinancialYear year) {
    return new Status.Unrated(
        NoStatusReason.NO_TARGET_SET, "No status: no target has been set for " + year.label());
  }

  /** A status set by hand for one period; the computed one is kept beside it. */
  public static Status override(Status computed, Rag colour, String reason, String by, Instant at) {
    Status base = computed instanceof Status.Overridden o ? o.computed() : computed;
    return new Status.Overridden(colour, reason, by, at, base);
  }

  private static TargetForPeriod.Point edgeFor(Measure measure, TargetForPeriod.Band band) {
    return new TargetForPeriod.Point(
        measure.polarity() == Polarity.MAXIMISE ? band.low() : band.high(), "the edge of a range");
  }

  private static Status.Rated rateAgainstPoint(
      Measure measure,
      ExactValue value,
      TargetForPeriod.Point point,
      Tolerance tolerance,
      Period period) {
    ExactValue target = point.value();
    boolean maximise = measure.polarity() == Polarity.MAXIMISE;
    ExactValue shortfall = maximise ? target.subtract(value) : value.subtract(target);
    Measure written = addingUp(measure, value, target, shortfall);
    String targetText =
        "the "
            + period.nameInSentence()
            + " target of "
            + written.show(target)
            + (point.profile().isEmpty() ? "" : " (" + point.profile() + ")");
    String shown = written.show(value);
    if (shortfall.signum() <= 0) {
      String where =
          shortfall.isZero()
              ? " is on "
              : " is " + written.showDifference(shortfall) + (maximise ? " above " : " below ");
      return new Status.Rated(Rag.GREEN, "Green: " + shown + where + targetText);
    }
    Rag rag = shortfall.compareTo(tolerance.allowance(target)) <= 0 ? Rag.AMBER : Rag.RED;
    return new Status.Rated(
        rag,
        rag.label()
            + ": "
            + shown
            + " is "
            + written.showDifference(shortfall)
            + relativeShare(shortfall, target)
            + (maximise ? " below " : " above ")
            + targetText
            + "; the tolerance is "
            + tolerance.describe(measure, target, "the target"));
  }

  /**
   * The measure to write the figure, the gap and the target with: at the indicator's decimals when
   * the gap written there is the difference of the two numbers written there; otherwise with the
   * decimals the target needs (up to two more), so that "1.4% is 0.3 points below 1.8%" becomes
   * "1.43% is 0.34 points below 1.77%".
   */
  private static Measure addingUp(
      Measure measure, ExactValue value, ExactValue target, ExactValue gap) {
    BigDecimal written = measure.rounded(target).subtract(measure.rounded(value)).abs();
    BigDecimal writtenGap = measure.rounded(gap.abs());
    boolean addsUp =
        written.compareTo(writtenGap) == 0 && (gap.isZero() || writtenGap.signum() != 0);
    return addsUp ? measure : measure.showing(target);
  }

  private static Status.Rated rateInRange(
      Measure measure,
      ExactValue value,
      TargetForPeriod.Band band,
      Tolerance tolerance,
      Period period) {
    boolean single = band.low().equals(band.high());
    String rangeText =
        single
            ? "the " + period.nameInSentence() + " target of " + measure.show(band.low())
            : "the "
                + period.nameInSentence()
                + " target range of "
                + measure.show(band.low())
                + " to "
                + measure.show(band.high());
    String shown = measure.show(value);
    boolean below = value.compareTo(band.low()) < 0;
    boolean above = value.compareTo(band.high()) > 0;
    if (!below && !above) {
      return new Status.Rated(
          Rag.GREEN, "Green: " + shown + (single ? " is on " : " is inside ") + rangeText);
    }
    ExactValue edge = below ? band.low() : band.high();
    ExactValue distance = value.subtract(edge).abs();
    Rag rag = distance.compareTo(tolerance.allowance(edge)) <= 0 ? Rag.AMBER : Rag.RED;
    String side =
        single
            ? (below ? " below " : " above ")
            : (below ? " below the bottom of " : " above the top of ");
    return new Status.Rated(
        rag,
        rag.label()
            + ": "
            + shown
            + " is "
            + measure.showDifference(distance)
            + relativeShare(distance, edge)
            + side
            + rangeText
            + "; the tolerance is "
            + tolerance.describe(measure, edge, single ? "the target" : "that edge"));
  }

  /** {@code " (4.1%)"}: the miss as a share of the target; nothing for a target of zero. */
  private static String relativeShare(ExactValue miss, ExactValue reference) {
    if (reference.isZero()) {
      return "";
    }
    BigDecimal percent = miss.divide(reference.abs()).multiply(HUNDRED).round(1);
    return " (" + percent.toPlainString() + "%)";
  }
}
