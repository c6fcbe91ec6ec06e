package org.barometer.core.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The XmR analysis of {@code spc.md}: limits per period, the four special-cause rules, their
 * reading by polarity and the two icons.
 */
public final class Spc {

  /** 2.66 as a fraction: the process limits lie 266/100 average moving ranges from the mean. */
  private static final long LIMIT_K = 266;

  private static final long LIMIT_D = 100;

  /** Two thirds of 2.66: the two-sigma lines lie 532/300 average moving ranges from the mean. */
  private static final long TWO_SIGMA_K = 532;

  private static final long TWO_SIGMA_D = 300;

  /** Screening keeps moving ranges strictly below 3.267 (3267/1000) times their average. */
  private static final long SCREEN_K = 3267;

  private static final long SCREEN_D = 1000;

  private Spc() {}

  /** What stops this analysis, each naming its field as the API does; empty when it can run. */
  public static List<SpcProblem> problems(
      SpcSeries series, SpcTarget target, SpcSettings settings) {
    List<SpcProblem> problems = new ArrayList<>(settings.problems(series.size()));
    int scale = series.scale();
    for (Named value : targetValues(target)) {
      if (SpcSeries.decimals(value.value) > SpcSeries.MOST_DECIMALS) {
        problems.add(
            new SpcProblem(value.field, "has more than " + SpcSeries.MOST_DECIMALS + " decimals"));
        return problems;
      }
      scale = Math.max(scale, SpcSeries.decimals(value.value));
    }
    for (Named value : targetValues(target)) {
      if (!SpcSeries.fits(value.value, scale)) {
        problems.add(new SpcProblem(value.field, SpcSeries.shown(value.value) + " is too large"));
      }
    }
    if (scale > series.scale()) {
      try {
        series.rescaled(scale);
      } catch (ArithmeticException tooLarge) {
        problems.add(
            new SpcProblem(
                "target",
                "has more decimals than the values can carry exactly beside them ("
                    + scale
                    + " decimals, at most 18 digits in all)"));
      }
    }
    return problems;
  }

  /**
   * Analyses a series.
   *
   * @throws IllegalArgumentException when {@link #problems} finds any
   */
  public static SpcResult analyse(
      SpcSeries series, SpcPolarity polarity, SpcTarget target, SpcSettings settings) {
    List<SpcProblem> problems = problems(series, target, settings);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.toString());
    }
    int scale = series.scale();
    for (Named value : targetValues(target)) {
      scale = Math.max(scale, SpcSeries.decimals(value.value));
    }
    return new Analysis(series.rescaled(scale), polarity, target, settings).run();
  }

  private record Named(String field, BigDecimal value) {}

  private static List<Named> targetValues(SpcTarget target) {
    if (target instanceof SpcTarget.Single) {
      return List.of(new Named("target", ((SpcTarget.Single) target).value()));
    }
    if (target instanceof SpcTarget.Range) {
      SpcTarget.Range range = (SpcTarget.Range) target;
      return List.of(
          new Named("target_range.low", range.low()), new Named("target_range.high", range.high()));
    }
    return List.of();
  }

  /** One run of the analysis: arrays indexed by point. */
  private static final class Analysis {
    private final SpcSeries series;
    private final SpcPolarity polarity;
    private final SpcTarget target;
    private final SpcSettings settings;
    private final int size;
    private final long[] units;
    private final boolean[] present;
    private final int[] period;
    private final boolean[] active;
    private final int[] side;
    private final int[] flags;
    private final List<Segment> segments = new ArrayList<>();

    Analysis(SpcSeries series, SpcPolarity polarity, SpcTarget target, SpcSettings settings) {
      this.series = series;
      this.polarity = polarity;
      this.target = target;
      this.settings = settings;
      this.size = series.size();
      this.units = new long[size];
      for (int i = 0; i < size; i++) {
        units[i] = series.units(i);
      }
      this.present = series.presence();
      this.period = new int[size];
      this.active = new boolean[size];
      this.side = new int[size];
      this.flags = new int[size];
    }

    SpcResult run() {
      List<Integer> starts = settings.recalculateAt();
      for (int p = 0; p <= starts.size(); p++) {
        int first = p == 0 ? 0 : starts.get(p - 1);
        int last = p < starts.size() ? starts.get(p) - 1 : size - 1;
        segments.add(segment(p, first, last));
      }
      outsideAndSides();
      shifts();
      trends();
      twoOfThree();
      SpecialCause[] causes = new SpecialCause[size];
      int[] sides = new int[size];
      for (int i = 0; i < size; i++) {
        classify(i, causes, sides);
      }
      return new SpcResult(
          series,
          polarity,
          target,
          settings,
          segments,
          flags,
          causes,
          sides,
          variationIcon(causes, sides),
          assuranceIcon());
    }

    private Segment segment(int p, int first, int last) {
      int points = 0;
      for (int i = first; i <= last; i++) {
        period[i] = p;
        if (present[i]) {
          points++;
        }
      }
      int take = points;
      if (p == 0 && settings.baselinePoints() != null) {
        take = Math.min(settings.baselinePoints(), points);
      }
      if (settings.fixAfterNPoints() != null && points >= settings.fixAfterNPoints()) {
        take = settings.fixAfterNPoints();
      }
      if (take == 0) {
        return new Segment(
            first, last, 0, 0, 0, false, series.scale(), null, null, null, null, null);
      }
      int end = first;
      for (int seen = 0; end <= last; end++) {
        if (present[end] && ++seen == take) {
          break;
        }
      }
      long sum = 0;
      BigInteger bigSum = null;
      long rangeSum = 0;
      BigInteger bigRangeSum = null;
      int ranges = 0;
      for (int i = first; i <= end; i++) {
        if (!present[i]) {
          continue;
        }
        if (bigSum == null) {
          long next = sum + units[i];
          if (((sum ^ next) & (units[i] ^ next)) < 0) {
            bigSum = BigInteger.valueOf(sum).add(BigInteger.valueOf(units[i]));
          } else {
            sum = next;
          }
        } else {
          bigSum = bigSum.add(BigInteger.valueOf(units[i]));
        }
        if (i > first && present[i - 1]) {
          long range = Math.abs(units[i] - units[i - 1]);
          ranges++;
          if (bigRangeSum == null && rangeSum <= Long.MAX_VALUE - range) {
            rangeSum += range;
          } else {
            bigRangeSum =
                (bigRangeSum == null ? BigInteger.valueOf(rangeSum) : bigRangeSum)
                    .add(BigInteger.valueOf(range));
          }
        }
      }
      int screenedOut = 0;
      if (settings.screenMovingRangeOutliers() && ranges > 0) {
        BigInteger total = bigRangeSum == null ? BigInteger.valueOf(rangeSum) : bigRangeSum;
        long kept = 0;
        BigInteger bigKept = null;
        int keptCount = 0;
        for (int i = first + 1; i <= end; i++) {
          if (!present[i] || !present[i - 1]) {
            continue;
          }
          long range = Math.abs(units[i] - units[i - 1]);
          // keep a range r when r < 3.267 x total / count, that is 1000 x count x r < 3267 x total
          boolean keep =
              BigInteger.valueOf(SCREEN_D * ranges)
                      .multiply(BigInteger.valueOf(range))
                      .compareTo(BigInteger.valueOf(SCREEN_K).multiply(total))
                  < 0;
          if (keep) {
            keptCount++;
            if (bigKept == null && kept <= Long.MAX_VALUE - range) {
              kept += range;
            } else {
              bigKept =
                  (bigKept == null ? BigInteger.valueOf(kept) : bigKept)
                      .add(BigInteger.valueOf(range));
            }
          }
        }
        screenedOut = ranges - keptCount;
        ranges = keptCount;
        rangeSum = kept;
        bigRangeSum = bigKept;
      }
      if (ranges == 0) {
        ranges = 1;
        rangeSum = 0;
        bigRangeSum = null;
      }
      boolean shown = settings.minimumPoints() == null || take >= settings.minimumPoints();
      Threshold mean;
      Threshold upper;
      Threshold lower;
      Threshold upperTwo;
      Threshold lowerTwo;
      if (bigSum == null && bigRangeSum == null) {
        mean = Threshold.of(sum, take, 0, 1, 1, 0, 1);
        upper = Threshold.of(sum, take, rangeSum, ranges, 1, LIMIT_K, LIMIT_D);
        lower = Threshold.of(sum, take, rangeSum, ranges, -1, LIMIT_K, LIMIT_D);
        upperTwo = Threshold.of(sum, take, rangeSum, ranges, 1, TWO_SIGMA_K, TWO_SIGMA_D);
        lowerTwo = Threshold.of(sum, take, rangeSum, ranges, -1, TWO_SIGMA_K, TWO_SIGMA_D);
      } else {
        BigInteger s = bigSum == null ? BigInteger.valueOf(sum) : bigSum;
        BigInteger m = bigRangeSum == null ? BigInteger.valueOf(rangeSum) : bigRangeSum;
        mean = Threshold.of(s, take, BigInteger.ZERO, 1, 1, 0, 1);
        upper = Threshold.of(s, take, m, ranges, 1, LIMIT_K, LIMIT_D);
        lower = Threshold.of(s, take, m, ranges, -1, LIMIT_K, LIMIT_D);
        upperTwo = Threshold.of(s, take, m, ranges, 1, TWO_SIGMA_K, TWO_SIGMA_D);
        lowerTwo = Threshold.of(s, take, m, ranges, -1, TWO_SIGMA_K, TWO_SIGMA_D);
      }
      if (shown) {
        for (int i = first; i <= last; i++) {
          active[i] = present[i];
        }
      }
      return new Segment(
          first,
          last,
          points,
          take,
          screenedOut,
          shown,
          series.scale(),
          mean,
          upper,
          lower,
          upperTwo,
          lowerTwo);
    }

    /** Whether point i follows point i - 1 in one run: both charted, adjacent, rules may join. */
    private boolean linked(int i) {
      return i > 0
          && active[i]
          && active[i - 1]
          && (settings.multiPointRulesCrossRecalculations() || period[i] == period[i - 1]);
    }

    private void outsideAndSides() {
      for (int i = 0; i < size; i++) {
        if (!active[i]) {
          continue;
        }
        Segment segment = segments.get(period[i]);
        long value = units[i];
        Threshold mean = segment.meanLine();
        side[i] = mean.isExceededBy(value) ? 1 : mean.isUndercutBy(value) ? -1 : 0;
        if (segment.upperLimitLine().isExceededBy(value)) {
          flags[i] |= SpcRule.OUTSIDE_LIMITS.high();
        } else if (segment.lowerLimitLine().isUndercutBy(value)) {
          flags[i] |= SpcRule.OUTSIDE_LIMITS.low();
        }
      }
    }

    private void shifts() {
      int runStart = 0;
      int runSide = 0;
      for (int i = 0; i <= size; i++) {
        int pointSide = i < size && active[i] ? side[i] : 0;
        if (i < size && runSide != 0 && pointSide == runSide && linked(i)) {
          continue;
        }
        if (runSide != 0 && i - runStart >= settings.shiftPoints()) {
          mark(runStart, i - 1, SpcRule.SHIFT.bit(runSide));
        }
        runStart = i;
        runSide = pointSide;
      }
    }

    private void trends() {
      int runStart = 0;
      int direction = 0;
      boolean peakTakesStepAfter = settings.profile().peakTakesStepAfter();
      for (int i = 0; i <= size; i++) {
        int step = i < size && linked(i) ? Long.compare(units[i], units[i - 1]) : 0;
        if (step != 0 && step == direction) {
          continue;
        }
        if (direction != 0 && i - runStart >= settings.trendPoints()) {
          if (peakTakesStepAfter) {
            flags[runStart] &= ~SpcRule.TREND.bit(-direction);
          }
          mark(runStart, i - 1, SpcRule.TREND.bit(direction));
        }
        if (step != 0) {
          runStart = i - 1;
          direction = step;
        } else {
          runStart = i;
          direction = 0;
        }
      }
    }

    private void twoOfThree() {
      boolean countOutside = settings.twoSigmaCountsPointsBeyondLimits();
      for (int i = 2; i < size; i++) {
        int s = side[i];
        if (s == 0 || !linked(i) || !linked(i - 1) || side[i - 1] != s || side[i - 2] != s) {
          continue;
        }
        int beyond = 0;
        for (int j = i - 2; j <= i; j++) {
          if (beyondTwoSigma(j, s, countOutside)) {
            beyond++;
          }
        }
        if (beyond >= 2) {
          for (int j = i - 2; j <= i; j++) {
            if (beyondTwoSigma(j, s, countOutside)) {
              flags[j] |= SpcRule.TWO_OF_THREE.bit(s);
            }
          }
        }
      }
    }

    private boolean beyondTwoSigma(int i, int s, boolean countOutside) {
      if (!countOutside && (flags[i] & SpcRule.OUTSIDE_LIMITS.bit(s)) != 0) {
        return false;
      }
      Segment segment = segments.get(period[i]);
      return s > 0
          ? segment.upperTwoSigmaLine().isExceededBy(units[i])
          : segment.lowerTwoSigmaLine().isUndercutBy(units[i]);
    }

    private void mark(int from, int to, int bit) {
      for (int i = from; i <= to; i++) {
        flags[i] |= bit;
      }
    }

    private void classify(int i, SpecialCause[] causes, int[] sides) {
      int f = flags[i];
      if (f == 0) {
        causes[i] = SpecialCause.NONE;
        return;
      }
      int better = polarity.improvementSide();
      if (better == 0) {
        causes[i] = SpecialCause.NEITHER;
        sides[i] = decidingSide(i, f, 0);
        return;
      }
      int chosen;
      if (settings.conflict() == ConflictRule.IMPROVEMENT_WINS) {
        chosen = hasSide(f, better) ? better : -better;
      } else {
        chosen = decidingSide(i, f, better);
      }
      causes[i] = chosen == better ? SpecialCause.IMPROVEMENT : SpecialCause.CONCERN;
      sides[i] = chosen;
    }

    private static boolean hasSide(int f, int s) {
      for (SpcRule rule : SpcRule.values()) {
        if ((f & rule.bit(s)) != 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * The side of the first rule, in order of precedence, that flags the point. A point at the peak
     * of two trends flagged both ways takes the improvement side, or with no improvement side the
     * direction of the step after it.
     */
    private int decidingSide(int i, int f, int better) {
      for (SpcRule rule : SpcRule.values()) {
        boolean high = (f & rule.high()) != 0;
        boolean low = (f & rule.low()) != 0;
        if (high && low) {
          if (better != 0) {
            return better;
          }
          return i + 1 < size && units[i + 1] < units[i] ? -1 : 1;
        }
        if (high) {
          return 1;
        }
        if (low) {
          return -1;
        }
      }
      return 0;
    }

    private VariationIcon variationIcon(SpecialCause[] causes, int[] sides) {
      // A recalculation may start a latest period with no values yet: it has no mean and no
      // limits, so an icon read from the last point of the period before would judge the process
      // against limits the answer does not show.
      if (!segments.get(segments.size() - 1).limitsShown()) {
        return null;
      }
      int last = size - 1;
      while (!present[last]) {
        last--;
      }
      if (!active[last]) {
        return null;
      }
      return VariationIcon.of(causes[last], sides[last]);
    }

    private AssuranceIcon assuranceIcon() {
      Segment latest = segments.get(segments.size() - 1);
      if (!latest.limitsShown() || target == SpcTarget.none()) {
        return null;
      }
      Threshold lower = latest.lowerLimitLine();
      Threshold upper = latest.upperLimitLine();
      int scale = series.scale();
      if (target instanceof SpcTarget.Range) {
        SpcTarget.Range range = (SpcTarget.Range) target;
        long low = range.low().movePointRight(scale).longValueExact();
        long high = range.high().movePointRight(scale).longValueExact();
        if (lower.floor() >= low && upper.ceiling() <= high) {
          return AssuranceIcon.PASS;
        }
        if (upper.floor() < low || lower.ceiling() > high) {
          return AssuranceIcon.FAIL;
        }
        return AssuranceIcon.HIT_AND_MISS;
      }
      if (polarity == SpcPolarity.NEITHER) {
        return null;
      }
      long value = ((SpcTarget.Single) target).value().movePointRight(scale).longValueExact();
      boolean inclusive = settings.profile().assuranceInclusive();
      boolean belowLower = inclusive ? value <= lower.floor() : value < lower.ceiling();
      boolean aboveUpper = inclusive ? value >= upper.ceiling() : value > upper.floor();
      boolean higherIsBetter = polarity == SpcPolarity.HIGHER_IS_BETTER;
      if (higherIsBetter ? belowLower : aboveUpper) {
        return AssuranceIcon.PASS;
      }
      if (higherIsBetter ? aboveUpper : belowLower) {
        return AssuranceIcon.FAIL;
      }
      return AssuranceIcon.HIT_AND_MISS;
    }
  }
}
