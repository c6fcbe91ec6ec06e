package org.barometer.app.statistics;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.barometer.core.statistics.ConflictRule;
import org.barometer.core.statistics.Spc;
import org.barometer.core.statistics.SpcPolarity;
import org.barometer.core.statistics.SpcProblem;
import org.barometer.core.statistics.SpcProfile;
import org.barometer.core.statistics.SpcSeries;
import org.barometer.core.statistics.SpcSettings;
import org.barometer.core.statistics.SpcTarget;

/**
 * Reads the SPC calculator's form, or a CSV file uploaded with it, into a series, its labels, a
 * polarity, a target and settings; every mistake is named by field and by line, or by row and
 * column of the file.
 */
final class CalculatorInput {

  /** The longest series the calculator charts. */
  static final int MOST_POINTS = 10_000;

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,5}");
  private static final int MOST_LISTED = 5;

  private CalculatorInput() {}

  /**
   * What the calculator charts.
   *
   * @param labels each point's label: the one given, or its number
   * @param values each value, null for a gap
   */
  record Calculation(
      List<String> labels,
      List<BigDecimal> values,
      SpcPolarity polarity,
      SpcTarget target,
      SpcSettings settings) {}

  /** The values of an uploaded CSV file as pasted text, or empty with an error on "file". */
  static Optional<String> fromCsv(String csv, Map<String, String> errors) {
    List<String[]> rows = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(strip(csv)))) {
      for (CSVRecord record : parser) {
        rows.add(record.values());
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      errors.put("file", "The file is not CSV that can be read: " + e.getMessage());
      return Optional.empty();
    }
    if (rows.isEmpty()) {
      errors.put("file", "The file is empty");
      return Optional.empty();
    }
    String[] first = rows.get(0);
    int valueColumn = first.length - 1;
    int labelColumn = first.length > 1 ? 0 : -1;
    int start = 0;
    String valueName = "column " + (valueColumn + 1);
    boolean header = !isNumberOrGap(first[valueColumn]);
    if (header) {
      start = 1;
      for (int c = 0; c < first.length; c++) {
        String name = first[c].strip().toLowerCase(Locale.ROOT);
        if (name.equals("value") || name.equals("values")) {
          valueColumn = c;
        } else if (List.of("label", "period", "month", "date").contains(name)) {
          labelColumn = c;
        }
      }
      valueName = "column " + first[valueColumn].strip();
      if (labelColumn == valueColumn) {
        labelColumn = -1;
      }
    }
    StringBuilder text = new StringBuilder();
    List<String> problems = new ArrayList<>();
    for (int r = start; r < rows.size(); r++) {
      String[] row = rows.get(r);
      if (row.length <= valueColumn) {
        problems.add("row " + (r + 1) + ": there is no " + valueName);
        continue;
      }
      String value = row[valueColumn].strip();
      if (!isNumberOrGap(value)) {
        problems.add("row " + (r + 1) + ", " + valueName + ": '" + value + "' is not a number");
        continue;
      }
      if (labelColumn >= 0 && labelColumn < row.length) {
        text.append(row[labelColumn].strip().replace('\t', ' ')).append('\t');
      }
      text.append(value).append('\n');
    }
    if (!problems.isEmpty()) {
      errors.put("file", "The file has values that are not numbers: " + listed(problems));
      return Optional.empty();
    }
    return Optional.of(text.toString());
  }

  /** The calculation the form asks for, or empty with what is wrong, by field, in errors. */
  static Optional<Calculation> read(CalculatorForm form, Map<String, String> errors) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = values(form.values(), labels, errors);
    Optional<SpcPolarity> polarity = SpcPolarity.ofKey(form.polarity());
    if (polarity.isEmpty()) {
      errors.put("polarity", "Choose which way is better");
    }
    SpcTarget target = target(form, errors);
    SpcSettings settings = settings(form, values.size(), errors);
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    SpcSeries series = SpcSeries.of(values);
    for (SpcProblem problem : Spc.problems(series, target, settings)) {
      errors.putIfAbsent(field(problem.field()), sentence(problem));
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Calculation(labels, values, polarity.get(), target, settings));
  }

  private static List<BigDecimal> values(
      String text, List<String> labels, Map<String, String> errors) {
    List<String> lines = new ArrayList<>(List.of(strip(text).split("\\R", -1)));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    List<BigDecimal> values = new ArrayList<>();
    if (lines.isEmpty()) {
      errors.put("values", "Paste the values, one a line, or upload a CSV file of them");
      return values;
    }
    if (lines.size() > MOST_POINTS) {
      errors.put(
          "values",
          "The series has "
              + lines.size()
              + " lines: the calculator takes at most "
              + MOST_POINTS
              + " values");
      return values;
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int split = Math.max(line.lastIndexOf('\t'), line.lastIndexOf(';'));
      String label = split < 0 ? Integer.toString(i + 1) : line.substring(0, split).strip();
      String value = (split < 0 ? line : line.substring(split + 1)).strip();
      labels.add(label.isEmpty() ? Integer.toString(i + 1) : label);
      if (isGap(value)) {
        values.add(null);
      } else if (isNumber(value)) {
        values.add(new BigDecimal(cleaned(value)));
      } else {
        problems.add("line " + (i + 1) + ": '" + value + "' is not a number");
        values.add(null);
      }
    }
    if (!problems.isEmpty()) {
      errors.put(
          "values",
          "Each line must hold a number, like 87.3 or 1,250, or be empty for a missing value: "
              + listed(problems));
    } else {
      for (SpcProblem problem : SpcSeries.problems(values)) {
        errors.putIfAbsent("values", sentence(problem));
      }
    }
    return values;
  }

  private static SpcTarget target(CalculatorForm form, Map<String, String> errors) {
    boolean single = !form.target().isEmpty();
    boolean range = !form.targetLow().isEmpty() || !form.targetHigh().isEmpty();
    if (single && range) {
      errors.put("target", "Give a single target or a target range, not both");
      return SpcTarget.none();
    }
    if (single) {
      return number(form.target(), "target", "target", errors)
          .map(SpcTarget::of)
          .orElse(SpcTarget.none());
    }
    if (range) {
      Optional<BigDecimal> low =
          number(form.targetLow(), "targetLow", "low end of the range", errors);
      Optional<BigDecimal> high =
          number(form.targetHigh(), "targetHigh", "high end of the range", errors);
      if (low.isPresent() && high.isPresent()) {
        if (low.get().compareTo(high.get()) > 0) {
          errors.put("targetHigh", "The high end of the range must not be below its low end");
          return SpcTarget.none();
        }
        return SpcTarget.range(low.get(), high.get());
      }
    }
    return SpcTarget.none();
  }

  private static SpcSettings settings(CalculatorForm form, int length, Map<String, String> errors) {
    SpcProfile profile = SpcProfile.ofKey(form.profile()).orElse(null);
    if (profile == null) {
      errors.put("profile", "Choose the profile: Making Data Count or NHSRplotthedots");
      profile = SpcProfile.MDC;
    }
    SpcSettings settings = SpcSettings.of(profile);
    Integer shift = whole(form.shiftPoints(), "shiftPoints", "run on one side of the mean", errors);
    if (shift != null) {
      settings = settings.withShiftPoints(shift);
    }
    Integer trend = whole(form.trendPoints(), "trendPoints", "run of rises or falls", errors);
    if (trend != null) {
      settings = settings.withTrendPoints(trend);
    }
    if (form.minimumPoints().equalsIgnoreCase("none")) {
      settings = settings.withMinimumPoints(null);
    } else {
      Integer minimum =
          whole(form.minimumPoints(), "minimumPoints", "minimum number of points", errors);
      if (minimum != null) {
        settings = settings.withMinimumPoints(minimum);
      }
    }
    Boolean twoSigma =
        yesNo(form.twoSigmaCountsPointsBeyondLimits(), "twoSigmaCountsPointsBeyondLimits", errors);
    if (twoSigma != null) {
      settings = settings.withTwoSigmaCountsPointsBeyondLimits(twoSigma);
    }
    Boolean screen = yesNo(form.screenMovingRangeOutliers(), "screenMovingRangeOutliers", errors);
    if (screen != null) {
      settings = settings.withScreenMovingRangeOutliers(screen);
    }
    Boolean cross =
        yesNo(
            form.multiPointRulesCrossRecalculations(),
            "multiPointRulesCrossRecalculations",
            errors);
    if (cross != null) {
      settings = settings.withMultiPointRulesCrossRecalculations(cross);
    }
    if (!form.conflict().isEmpty()) {
      Optional<ConflictRule> conflict = ConflictRule.ofKey(form.conflict());
      if (conflict.isEmpty()) {
        errors.put("conflict", "Choose what a point with both signals is called");
      } else {
        settings = settings.withConflict(conflict.get());
      }
    }
    settings = settings.withRecalculateAt(recalculations(form.recalculateAt(), length, errors));
    settings =
        settings
            .withBaselinePoints(whole(form.baselinePoints(), "baselinePoints", "baseline", errors))
            .withFixAfterNPoints(
                whole(
                    form.fixAfterNPoints(), "fixAfterNPoints", "number of points to fix", errors));
    return settings;
  }

  /** Point numbers as typed (1 for the first) to 0-based indices, each checked. */
  private static List<Integer> recalculations(
      String typed, int length, Map<String, String> errors) {
    List<Integer> indices = new ArrayList<>();
    if (typed.isEmpty()) {
      return indices;
    }
    int previous = 1;
    for (String part : typed.split("[,;\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      if (!WHOLE.matcher(part).matches()) {
        errors.put("recalculateAt", "Give point numbers, like 16 or 16, 30, not '" + part + "'");
        return List.of();
      }
      int point = Integer.parseInt(part);
      if (point < 2 || point > length) {
        errors.put(
            "recalculateAt",
            "Point "
                + point
                + " is not a point where new limits can start: choose from 2 to "
                + length);
        return List.of();
      }
      if (point <= previous) {
        errors.put(
            "recalculateAt", "List the points in order, each once: " + point + " comes too late");
        return List.of();
      }
      previous = point;
      indices.add(point - 1);
    }
    return indices;
  }

  private static Integer whole(
      String typed, String field, String what, Map<String, String> errors) {
    if (typed.isEmpty()) {
      return null;
    }
    if (!WHOLE.matcher(typed).matches()) {
      errors.put(field, "The " + what + " must be a whole number, like 12, not '" + typed + "'");
      return null;
    }
    return Integer.parseInt(typed);
  }

  private static Boolean yesNo(String typed, String field, Map<String, String> errors) {
    if (typed.isEmpty()) {
      return null;
    }
    if (!typed.equals("true") && !typed.equals("false")) {
      errors.put(field, "Choose yes, no or the profile's default");
      return null;
    }
    return Boolean.valueOf(typed);
  }

  private static Optional<BigDecimal> number(
      String typed, String field, String name, Map<String, String> errors) {
    if (!isNumber(typed)) {
      errors.put(field, "The " + name + " must be a number, like 80 or 2.5, not '" + typed + "'");
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(cleaned(typed)));
  }

  private static boolean isGap(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    return v.isEmpty() || v.equals("-") || v.equals("na") || v.equals("n/a");
  }

  private static boolean isNumber(String value) {
    return NUMBER.matcher(cleaned(value)).matches();
  }

  private static boolean isNumberOrGap(String value) {
    return isGap(value.strip()) || isNumber(value.strip());
  }

  private static String cleaned(String value) {
    return value.replace(",", "").replace("%", "").strip();
  }

  private static String strip(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String listed(List<String> problems) {
    String shown = String.join("; ", problems.subList(0, Math.min(MOST_LISTED, problems.size())));
    int more = problems.size() - MOST_LISTED;
    return more > 0 ? shown + "; and " + more + " more" : shown;
  }

  /** The form field for a problem named as in the API. */
  private static String field(String name) {
    if (name.startsWith("values")) {
      return "values";
    }
    if (name.startsWith("target_range")) {
      return "targetLow";
    }
    if (name.equals("target")) {
      return "target";
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("settings.shift_points", "shiftPoints");
    fields.put("settings.trend_points", "trendPoints");
    fields.put("settings.minimum_points", "minimumPoints");
    fields.put("settings.recalculate_at", "recalculateAt");
    fields.put("settings.baseline_points", "baselinePoints");
    fields.put("settings.fix_after_n_points", "fixAfterNPoints");
    for (Map.Entry<String, String> entry : fields.entrySet()) {
      if (name.startsWith(entry.getKey())) {
        return entry.getValue();
      }
    }
    return "profile";
  }

  private static String sentence(SpcProblem problem) {
    String field = problem.field();
    if (field.startsWith("values[")) {
      int index = Integer.parseInt(field.substring(7, field.indexOf(']')));
      return "Line " + (index + 1) + ": " + problem.message();
    }
    String name = field.replace("settings.", "").replace('_', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + problem.message();
  }
}
