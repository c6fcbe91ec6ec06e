package org.barometer.app.indicator;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.period.Frequency;
import org.barometer.core.status.Tolerance;

/** Reads the register's form into a definition, with an error per wrong field. */
final class DefinitionFields {

  /** The longest definition or comments: a page of the register. */
  static final int LONGEST_TEXT = 4000;

  /** The longest reason for a change, as everywhere in Barometer. */
  static final int LONGEST_REASON = 1000;

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");
  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

  private DefinitionFields() {}

  /** The definition, or empty with the errors added to {@code errors}. */
  static Optional<IndicatorDefinition> read(
      DefinitionForm f, Optional<Long> owner, Map<String, String> errors) {
    String code = clean(f.code());
    text(code, "code", errors);
    if ("new".equals(code)) {
      errors.put("code", "'new' cannot be a code: choose another");
    }
    if (!code.isEmpty() && !CODE.matcher(code).matches()) {
      errors.put("code", "The code is 1 to 40 letters, digits, dots, dashes or underscores");
    }
    text(f.name(), "name", errors);
    if (f.name() != null && f.name().strip().length() > 500) {
      errors.put("name", "The name is at most 500 characters");
    }
    if (clean(f.definition()).length() > LONGEST_TEXT) {
      errors.put("definition", "The definition is at most 4,000 characters");
    }
    if (clean(f.comments()).length() > LONGEST_TEXT) {
      errors.put("comments", "The comments are at most 4,000 characters");
    }
    if (clean(f.reason()).length() > LONGEST_REASON) {
      errors.put("reason", "The reason is at most 1,000 characters");
    }
    Optional<Measure> measure = measure(f, errors);
    Optional<Tolerance> tolerance = tolerance(f, errors);
    if (!errors.isEmpty() || measure.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new IndicatorDefinition(
            f.code().strip(),
            f.name().strip(),
            "",
            clean(f.definition()),
            measure.get(),
            "",
            new Placement(id(f.department()), id(f.service()), "", id(f.committee()), id(f.aim())),
            owner,
            "true".equals(f.contextual()),
            tolerance,
            false,
            clean(f.comments()),
            ""));
  }

  private static Optional<Measure> measure(DefinitionForm f, Map<String, String> errors) {
    Optional<Unit> unit = choice(Unit.class, f.unit(), "unit", errors);
    Optional<Polarity> polarity = choice(Polarity.class, f.polarity(), "polarity", errors);
    Optional<AggregationKind> kind =
        choice(AggregationKind.class, f.aggregation(), "aggregation", errors);
    Optional<EntryBasis> basis = choice(EntryBasis.class, f.basis(), "basis", errors);
    Optional<Frequency> frequency = choice(Frequency.class, f.frequency(), "frequency", errors);
    int decimals = -1;
    try {
      decimals = Integer.parseInt(clean(f.decimals()));
    } catch (NumberFormatException e) {
      decimals = -1;
    }
    if (decimals < 0 || decimals > 6) {
      errors.put("decimals", "Decimals shown is a whole number from 0 to 6");
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Measure(
              unit.get(),
              decimals,
              polarity.get(),
              kind.get(),
              basis.get(),
              frequency.get(),
              "true".equals(f.components())));
    } catch (IllegalArgumentException e) {
      errors.put("aggregation", e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<Tolerance> tolerance(DefinitionForm f, Map<String, String> errors) {
    String kind = clean(f.toleranceKind());
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    String value = clean(f.toleranceValue());
    if (!NUMBER.matcher(value).matches()) {
      errors.put("toleranceValue", "Give the tolerance as a number, like 10 for 10%, or 2.5");
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(value);
    if ("RELATIVE".equals(kind)) {
      if (number.compareTo(BigDecimal.valueOf(100)) > 0) {
        errors.put("toleranceValue", "A relative tolerance is a percentage from 0 to 100");
        return Optional.empty();
      }
      return Optional.of(new Tolerance.Relative(number.movePointLeft(2)));
    }
    if ("ABSOLUTE".equals(kind)) {
      return Optional.of(new Tolerance.Absolute(number));
    }
    errors.put(
        "toleranceKind", "Choose the organisation's tolerance, a relative one or an absolute one");
    return Optional.empty();
  }

  private static <E extends Enum<E>> Optional<E> choice(
      Class<E> type, String value, String field, Map<String, String> errors) {
    try {
      return Optional.of(Enum.valueOf(type, clean(value)));
    } catch (IllegalArgumentException e) {
      errors.put(field, "Choose one of the " + field + " options");
      return Optional.empty();
    }
  }

  private static void text(String value, String field, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      errors.put(field, "Enter the " + field);
    }
  }

  private static Optional<Long> id(String value) {
    try {
      return clean(value).isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String clean(String value) {
    return value == null ? "" : value.strip();
  }
}
