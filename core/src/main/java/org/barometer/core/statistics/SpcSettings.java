package org.barometer.core.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every setting of {@code spc.md} section 1, with the names its table and the API use.
 *
 * @param profile the named set of defaults this came from; it also decides the assurance icon for a
 *     target exactly on a limit and the direction of a peak between two trends
 * @param shiftPoints run length on one side of the mean
 * @param trendPoints run length of strict rises or falls, counting the point the run starts from
 * @param twoSigmaCountsPointsBeyondLimits whether points beyond the process limits count towards
 *     "two of three beyond two sigma"
 * @param screenMovingRangeOutliers whether moving ranges not below 3.267 x their average are left
 *     out of the average
 * @param minimumPoints points needed before limits, colours and icons are shown; null to always
 *     calculate
 * @param multiPointRulesCrossRecalculations whether runs and windows span a recalculation
 * @param conflict what a point with both an improvement and a concern signal is called
 * @param recalculateAt 0-based indices of the first point of each new period, ascending
 * @param baselinePoints limits of the first period from its first b points only, or null
 * @param fixAfterNPoints limits of every period from its first b points only, or null
 */
public record SpcSettings(
    SpcProfile profile,
    int shiftPoints,
    int trendPoints,
    boolean twoSigmaCountsPointsBeyondLimits,
    boolean screenMovingRangeOutliers,
    Integer minimumPoints,
    boolean multiPointRulesCrossRecalculations,
    ConflictRule conflict,
    List<Integer> recalculateAt,
    Integer baselinePoints,
    Integer fixAfterNPoints) {

  /** Shortest run a rule may ask for. */
  public static final int SHORTEST_RUN = 2;

  /** Longest run a rule may ask for: longer runs would hide every signal of a monthly series. */
  public static final int LONGEST_RUN = 50;

  /** The fewest points {@code fix_after_n_points} may fix limits from, as NHSRplotthedots asks. */
  public static final int FEWEST_FIXED_POINTS = 12;

  public SpcSettings {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(conflict, "conflict");
    // kept as given, nulls included, so that problems() can name a missing index
    recalculateAt = java.util.Collections.unmodifiableList(new ArrayList<>(recalculateAt));
  }

  /** The profile's settings, with no recalculation, baseline or fixed limits. */
  public static SpcSettings of(SpcProfile profile) {
    if (profile == SpcProfile.PTD) {
      return new SpcSettings(
          profile, 7, 7, false, true, null, false, ConflictRule.PRECEDENCE, List.of(), null, null);
    }
    return new SpcSettings(
        profile,
        6,
        6,
        false,
        false,
        13,
        true,
        ConflictRule.IMPROVEMENT_WINS,
        List.of(),
        null,
        null);
  }

  /** The default profile's settings. */
  public static SpcSettings mdc() {
    return of(SpcProfile.MDC);
  }

  public SpcSettings withShiftPoints(int points) {
    Copy copy = new Copy(this);
    copy.shiftPoints = points;
    return copy.settings();
  }

  public SpcSettings withTrendPoints(int points) {
    Copy copy = new Copy(this);
    copy.trendPoints = points;
    return copy.settings();
  }

  public SpcSettings withTwoSigmaCountsPointsBeyondLimits(boolean counts) {
    Copy copy = new Copy(this);
    copy.twoSigmaCountsPointsBeyondLimits = counts;
    return copy.settings();
  }

  public SpcSettings withScreenMovingRangeOutliers(boolean screen) {
    Copy copy = new Copy(this);
    copy.screenMovingRangeOutliers = screen;
    return copy.settings();
  }

  public SpcSettings withMinimumPoints(Integer points) {
    Copy copy = new Copy(this);
    copy.minimumPoints = points;
    return copy.settings();
  }

  public SpcSettings withMultiPointRulesCrossRecalculations(boolean cross) {
    Copy copy = new Copy(this);
    copy.multiPointRulesCrossRecalculations = cross;
    return copy.settings();
  }

  public SpcSettings withConflict(ConflictRule rule) {
    Copy copy = new Copy(this);
    copy.conflict = rule;
    return copy.settings();
  }

  public SpcSettings withRecalculateAt(List<Integer> indices) {
    Copy copy = new Copy(this);
    copy.recalculateAt = indices;
    return copy.settings();
  }

  public SpcSettings withBaselinePoints(Integer points) {
    Copy copy = new Copy(this);
    copy.baselinePoints = points;
    return copy.settings();
  }

  public SpcSettings withFixAfterNPoints(Integer points) {
    Copy copy = new Copy(this);
    copy.fixAfterNPoints = points;
    return copy.settings();
  }

  /** A copy of settings, one field of it changed at a time, for the withers. */
  private static final class Copy {
    private final SpcProfile profile;
    private int shiftPoints;
    private int trendPoints;
    private boolean twoSigmaCountsPointsBeyondLimits;
    private boolean screenMovingRangeOutliers;
    private Integer minimumPoints;
    private boolean multiPointRulesCrossRecalculations;
    private ConflictRule conflict;
    private List<Integer> recalculateAt;
    private Integer baselinePoints;
    private Integer fixAfterNPoints;

    Copy(SpcSettings settings) {
      profile = settings.profile;
      shiftPoints = settings.shiftPoints;
      trendPoints = settings.trendPoints;
      twoSigmaCountsPointsBeyondLimits = settings.twoSigmaCountsPointsBeyondLimits;
      screenMovingRangeOutliers = settings.screenMovingRangeOutliers;
      minimumPoints = settings.minimumPoints;
      multiPointRulesCrossRecalculations = settings.multiPointRulesCrossRecalculations;
      conflict = settings.conflict;
      recalculateAt = settings.recalculateAt;
      baselinePoints = settings.baselinePoints;
      fixAfterNPoints = settings.fixAfterNPoints;
    }

    SpcSettings settings() {
      return new SpcSettings(
          profile,
          shiftPoints,
          trendPoints,
          twoSigmaCountsPointsBeyondLimits,
          screenMovingRangeOutliers,
          minimumPoints,
          multiPointRulesCrossRecalculations,
          conflict,
          recalculateAt,
          baselinePoints,
          fixAfterNPoints);
    }
  }

  /**
   * What is wrong with these settings for a series of {@code length} points, each naming its field
   * as the API does; empty when they can be used.
   */
  public List<SpcProblem> problems(int length) {
    List<SpcProblem> problems = new ArrayList<>();
    runLength(problems, "settings.shift_points", shiftPoints);
    runLength(problems, "settings.trend_points", trendPoints);
    if (minimumPoints != null && minimumPoints < 2) {
      problems.add(
          new SpcProblem(
              "settings.minimum_points",
              "must be at least 2 (limits need a moving range), or null to always calculate"));
    }
    int previous = 0;
    for (int i = 0; i < recalculateAt.size(); i++) {
      Integer index = recalculateAt.get(i);
      String field = "settings.recalculate_at[" + i + "]";
      if (index == null) {
        problems.add(new SpcProblem(field, "is empty; give the index of a point"));
      } else if (index < 0 || index >= length) {
        problems.add(
            new SpcProblem(
                field,
                index
                    + " is outside the series of "
                    + length
                    + " points (indices 0 to "
                    + (length - 1)
                    + ")"));
      } else if (index == 0) {
        problems.add(
            new SpcProblem(field, "0 is the first point already; a new period starts after it"));
      } else if (index <= previous) {
        problems.add(
            new SpcProblem(
                field, index + " must come after " + previous + ": list the indices in order"));
      }
      if (index != null && index > previous) {
        previous = index;
      }
    }
    if (baselinePoints != null && fixAfterNPoints != null) {
      problems.add(
          new SpcProblem(
              "settings.fix_after_n_points",
              "cannot be set with baseline_points: a baseline fixes the first period's limits,"
                  + " fix_after_n_points every period's; choose one"));
    }
    if (baselinePoints != null) {
      fixedPoints(problems, "settings.baseline_points", baselinePoints, 2, length);
    }
    if (fixAfterNPoints != null) {
      fixedPoints(problems, "settings.fix_after_n_points", fixAfterNPoints, FEWEST_FIXED_POINTS, 0);
    }
    return List.copyOf(problems);
  }

  private static void runLength(List<SpcProblem> problems, String field, int points) {
    if (points < SHORTEST_RUN || points > LONGEST_RUN) {
      problems.add(
          new SpcProblem(
              field,
              "must be between "
                  + SHORTEST_RUN
                  + " and "
                  + LONGEST_RUN
                  + " points, not "
                  + points));
    }
  }

  private void fixedPoints(
      List<SpcProblem> problems, String field, int points, int fewest, int length) {
    if (points < fewest) {
      problems.add(new SpcProblem(field, "must be at least " + fewest + ", not " + points));
      return;
    }
    if (minimumPoints != null && points < minimumPoints) {
      problems.add(
          new SpcProblem(
              field,
              points
                  + " is below minimum_points "
                  + minimumPoints
                  + ": limits from so few points would never be shown"));
      return;
    }
    int firstPeriod =
        recalculateAt.isEmpty() || recalculateAt.get(0) == null ? length : recalculateAt.get(0);
    if (length > 0 && points > firstPeriod) {
      problems.add(
          new SpcProblem(
              field, points + " is longer than the first period (" + firstPeriod + " points)"));
    }
  }
}
