package org.barometer.app.statistics;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One version of a chart definition as its history table shows it, in words made once.
 *
 * @param version its number
 * @param recalculatedFrom the months new limits start, such as {@code Apr 2017, Apr 2019}
 * @param baseline the baseline, such as {@code 20 points}, or {@code None}
 * @param changed who changed it and when, in UK time
 * @param reason why
 */
public record ChartVersionRow(
    int version, String recalculatedFrom, String baseline, String changed, String reason) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  static ChartVersionRow of(ChartDefinition definition) {
    return new ChartVersionRow(
        definition.version(),
        definition.recalculations().isEmpty()
            ? "None"
            : definition.recalculations().stream()
                .map(r -> ChangeChartDefinition.label(r.starts()))
                .collect(Collectors.joining(", ")),
        definition.baselinePoints() == null ? "None" : definition.baselinePoints() + " points",
        definition.changedBy() + ", " + WHEN.format(definition.changedAt()),
        definition.reason());
  }
}
