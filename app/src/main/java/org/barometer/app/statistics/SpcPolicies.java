package org.barometer.app.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.barometer.core.statistics.ConflictRule;
import org.barometer.core.statistics.SpcProfile;
import org.barometer.core.statistics.SpcSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisation's SPC settings, kept beside its other settings under keys named as in spc.md
 * ({@code spc.profile}, {@code spc.shift_points}...). Until the performance team chooses, the
 * {@code mdc} profile applies.
 */
@Repository
public class SpcPolicies {

  static final String PREFIX = "spc.";
  static final String PROFILE = "profile";
  static final String SHIFT = "shift_points";
  static final String TREND = "trend_points";
  static final String TWO_SIGMA = "two_sigma_counts_points_beyond_limits";
  static final String SCREEN = "screen_moving_range_outliers";
  static final String MINIMUM = "minimum_points";
  static final String CROSS = "multi_point_rules_cross_recalculations";
  static final String CONFLICT = "conflict";

  private final JdbcClient jdbc;

  SpcPolicies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The settings in force for every indicator's chart, without per-chart recalculations. */
  public SpcSettings inForce() {
    Map<String, String> stored = new HashMap<>();
    jdbc.sql("select key, value from organisation_setting where key like 'spc.%'")
        .query(
            rs -> {
              stored.put(rs.getString("key").substring(PREFIX.length()), rs.getString("value"));
            });
    return of(stored);
  }

  /** Settings from their stored words; a key not stored keeps its profile's default. */
  static SpcSettings of(Map<String, String> stored) {
    SpcProfile profile =
        SpcProfile.ofKey(stored.getOrDefault(PROFILE, "mdc")).orElse(SpcProfile.MDC);
    SpcSettings settings = SpcSettings.of(profile);
    if (stored.containsKey(SHIFT)) {
      settings = settings.withShiftPoints(Integer.parseInt(stored.get(SHIFT)));
    }
    if (stored.containsKey(TREND)) {
      settings = settings.withTrendPoints(Integer.parseInt(stored.get(TREND)));
    }
    if (stored.containsKey(TWO_SIGMA)) {
      settings =
          settings.withTwoSigmaCountsPointsBeyondLimits(
              Boolean.parseBoolean(stored.get(TWO_SIGMA)));
    }
    if (stored.containsKey(SCREEN)) {
      settings = settings.withScreenMovingRangeOutliers(Boolean.parseBoolean(stored.get(SCREEN)));
    }
    if (stored.containsKey(MINIMUM)) {
      String minimum = stored.get(MINIMUM);
      settings = settings.withMinimumPoints(minimum.isEmpty() ? null : Integer.parseInt(minimum));
    }
    if (stored.containsKey(CROSS)) {
      settings =
          settings.withMultiPointRulesCrossRecalculations(Boolean.parseBoolean(stored.get(CROSS)));
    }
    if (stored.containsKey(CONFLICT)) {
      settings =
          settings.withConflict(
              ConflictRule.ofKey(stored.get(CONFLICT)).orElse(settings.conflict()));
    }
    return settings;
  }

  /** The settings as the words they are stored in, every key present. */
  static Map<String, String> words(SpcSettings settings) {
    Map<String, String> words = new java.util.LinkedHashMap<>();
    words.put(PROFILE, settings.profile().key());
    words.put(SHIFT, Integer.toString(settings.shiftPoints()));
    words.put(TREND, Integer.toString(settings.trendPoints()));
    words.put(TWO_SIGMA, Boolean.toString(settings.twoSigmaCountsPointsBeyondLimits()));
    words.put(SCREEN, Boolean.toString(settings.screenMovingRangeOutliers()));
    words.put(
        MINIMUM,
        settings.minimumPoints() == null ? "" : Integer.toString(settings.minimumPoints()));
    words.put(CROSS, Boolean.toString(settings.multiPointRulesCrossRecalculations()));
    words.put(CONFLICT, settings.conflict().key());
    return words;
  }

  void put(SpcSettings settings, String by, Instant at) {
    for (Map.Entry<String, String> entry : words(settings).entrySet()) {
      jdbc.sql(
              """
              insert into organisation_setting (key, value, changed_by, changed_at)
              values (?, ?, ?, ?)
              on conflict (key) do update
                set value = excluded.value, changed_by = excluded.changed_by,
                    changed_at = excluded.changed_at
              """)
          .params(PREFIX + entry.getKey(), entry.getValue(), by, Timestamp.from(at))
          .update();
    }
  }

  /** Makes changes to the SPC settings wait for each other until the transaction ends. */
  void lockForChange() {
    jdbc.sql("select pg_advisory_xact_lock(7305)").query((rs, row) -> true).list();
  }
}
