package org.barometer.app.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.barometer.core.statistics.Spc;
import org.barometer.core.statistics.SpcPolarity;
import org.barometer.core.statistics.SpcProblem;
import org.barometer.core.statistics.SpcSeries;
import org.barometer.core.statistics.SpcSettings;
import org.barometer.core.statistics.SpcTarget;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of {@code POST /api/v1/spc}: first its shape, field by field, then what the core
 * says of the series, target and settings ({@link SpcSeries#problems}, {@link Spc#problems}). Every
 * field at fault is named, not only the first.
 */
final class SpcRequestReader {

  /** The longest series the API takes. */
  static final int MOST_POINTS = 10_000;

  /** Past this many wrong values, the rest are counted rather than named one by one. */
  private static final int MOST_VALUES_NAMED = 50;

  private static final Set<String> KEYS =
      new LinkedHashSet<>(List.of("values", "polarity", "target", "target_range", "settings"));

  private static final Set<String> RANGE_KEYS = new LinkedHashSet<>(List.of("low", "high"));

  private static final List<String> POLARITIES =
      Arrays.stream(SpcPolarity.values()).map(SpcPolarity::key).toList();

  /** A request that can be analysed. */
  record SpcRequest(
      SpcSeries series, SpcPolarity polarity, SpcTarget target, SpcSettings settings) {}

  /** The request, or the fields at fault (field to message) when there are any. */
  record Outcome(SpcRequest request, Map<String, String> errors) {}

  private final Map<String, String> errors = new LinkedHashMap<>();
  private final JsonFields fields = new JsonFields(errors);

  private SpcRequestReader() {}

  static Outcome read(JsonNode body) {
    return new SpcRequestReader().of(body);
  }

  private Outcome of(JsonNode body) {
    if (!body.isObject()) {
      fields.refuse(
          "body",
          "must be an object with values and polarity (and target or target_range, settings),"
              + " not "
              + JsonFields.describe(body));
      return new Outcome(null, errors);
    }
    fields.refuseUnknown(body, "", KEYS);
    List<BigDecimal> values = values(body.get("values"));
    String polarity = fields.name(body.get("polarity"), "polarity", POLARITIES);
    SpcTarget target = target(body);
    SpcSettings settings = SpcSettingsReader.read(body.get("settings"), fields);
    SpcSeries series = null;
    if (values != null) {
      List<SpcProblem> seriesProblems = SpcSeries.problems(values);
      problems(seriesProblems);
      series = seriesProblems.isEmpty() ? SpcSeries.of(values) : null;
    }
    if (settings != null && values != null) {
      problems(settings.problems(values.size()));
    }
    if (errors.isEmpty()) {
      problems(Spc.problems(series, target, settings));
    }
    if (!errors.isEmpty()) {
      return new Outcome(null, errors);
    }
    SpcPolarity chosen = SpcPolarity.ofKey(polarity).orElseThrow();
    return new Outcome(new SpcRequest(series, chosen, target, settings), errors);
  }

  /** The values, null for a gap; null (after naming what is wrong) when any is not a number. */
  private List<BigDecimal> values(JsonNode node) {
    List<JsonNode> items =
        fields.list(node, "values", "a list of numbers, oldest first, with null for a gap");
    if (items == null) {
      return null;
    }
    if (items.size() > MOST_POINTS) {
      fields.refuse(
          "values", "has " + items.size() + " points; the API takes at most " + MOST_POINTS);
      return null;
    }
    int errorsBefore = fields.errorCount();
    List<BigDecimal> values = new ArrayList<>(items.size());
    int wrong = 0;
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (item.isNull()) {
        values.add(null);
      } else if (wrong < MOST_VALUES_NAMED) {
        BigDecimal value = fields.number(item, "values[" + i + "]", "a number or null (a gap)");
        wrong += value == null ? 1 : 0;
        values.add(value);
      } else if (!item.isNumber()) {
        wrong++;
      }
    }
    if (wrong > MOST_VALUES_NAMED) {
      fields.refuse(
          "values",
          (wrong - MOST_VALUES_NAMED) + " more values are not numbers, beyond those named");
    }
    return fields.errorCount() > errorsBefore ? null : values;
  }

  /** No target, one value or a range; null (after naming what is wrong) when it is wrong. */
  private SpcTarget target(JsonNode body) {
    JsonNode single = body.get("target");
    JsonNode range = body.get("target_range");
    boolean hasSingle = single != null && !single.isNull();
    boolean hasRange = range != null && !range.isNull();
    if (hasSingle && hasRange) {
      fields.refuse(
          "target_range",
          "cannot be given with target: give one value as target, or a range as target_range");
      return null;
    }
    if (hasSingle) {
      BigDecimal value = fields.number(single, "target", "a number or null (no target)");
      return value == null ? null : SpcTarget.of(value);
    }
    return hasRange ? range(range) : SpcTarget.none();
  }

  private SpcTarget range(JsonNode range) {
    if (!range.isObject()) {
      fields.refuse(
          "target_range",
          "must be an object {\"low\": number, \"high\": number} or null, not "
              + JsonFields.describe(range));
      return null;
    }
    fields.refuseUnknown(range, "target_range.", RANGE_KEYS);
    BigDecimal low = fields.number(range.get("low"), "target_range.low", "a number");
    BigDecimal high = fields.number(range.get("high"), "target_range.high", "a number");
    if (low == null || high == null) {
      return null;
    }
    if (low.compareTo(high) > 0) {
      fields.refuse(
          "target_range.high",
          high.toPlainString() + " is below low " + low.toPlainString() + ": give low first");
      return null;
    }
    return SpcTarget.range(low, high);
  }

  private void problems(List<SpcProblem> problems) {
    for (SpcProblem problem : problems) {
      fields.refuse(problem.field(), problem.message());
    }
  }
}
