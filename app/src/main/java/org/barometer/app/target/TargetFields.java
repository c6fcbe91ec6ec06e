package org.barometer.app.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.barometer.app.form.DateField;
import org.barometer.app.form.NumberField;
import org.barometer.core.check.FigureChecks;
import org.barometer.core.check.Problem;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Measure;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.target.Target;
import org.barometer.core.target.TargetDecision;
import org.barometer.core.target.TargetShape;

/** Reads the target editor's form, with an error per wrong field and nothing half-read. */
final class TargetFields {

  static final int MAX_TEXT = 500;
  static final int MAX_REASON = 2_000;

  private TargetFields() {}

  /**
   * A target as proposed: what it is, from when, and the decision behind it.
   *
   * @param reason why, as typed; empty when none was given
   */
  record Proposal(Target target, YearMonth appliesFrom, TargetDecision decision, String reason) {}

  /** The shape of the indicator's figures in earlier years, for a target in that shape. */
  interface Shapes {
    TargetShape.Result of(List<FinancialYear> years);
  }

  /** The proposal of a target that takes no shape from earlier years. */
  static Optional<Proposal> read(
      TargetForm form,
      Measure measure,
      FinancialYear year,
      LocalDate today,
      Map<String, String> errors) {
    return read(
        form,
        measure,
        year,
        today,
        years -> new TargetShape.Refused("There are no earlier figures to take a shape from"),
        errors);
  }

  /** The proposal, or empty with the errors added to {@code errors}. */
  static Optional<Proposal> read(
      TargetForm form,
      Measure measure,
      FinancialYear year,
      LocalDate today,
      Shapes shapes,
      Map<String, String> errors) {
    List<String> notes = new ArrayList<>();
    Optional<Target> target = target(form, measure, year, shapes, notes, errors);
    Optional<YearMonth> from = appliesFrom(form.appliesFrom(), year, errors);
    String agreedBy = clean(form.agreedBy());
    if (agreedBy.isEmpty()) {
      errors.put(
          "agreedBy",
          "Say who agreed the target: the body (Cabinet) or the delegation it was set under");
    }
    length("agreedBy", "Who agreed it", agreedBy, MAX_TEXT, errors);
    length("proposedBy", "Who proposed it", clean(form.proposedBy()), MAX_TEXT, errors);
    length("reference", "The reference", clean(form.reference()), MAX_TEXT, errors);
    length("reason", "The reason", clean(form.reason()), MAX_REASON, errors);
    Optional<LocalDate> decided =
        DateField.read("decidedOn", "the date of the decision", form.decidedOn(), errors);
    if (decided.filter(d -> d.isAfter(today)).isPresent()) {
      errors.put(
          "decidedOn", "The decision cannot be dated after today: record it once it is made");
    }
    if (!errors.isEmpty() || target.isEmpty() || from.isEmpty()) {
      return Optional.empty();
    }
    notes.add(0, clean(form.reason()));
    return Optional.of(
        new Proposal(
            target.get(),
            from.get(),
            new TargetDecision(form.proposedBy(), agreedBy, decided, form.reference()),
            String.join(". ", notes.stream().filter(n -> !n.isEmpty()).toList())));
  }

  /**
   * The twelve month boxes with the blank ones filled in a straight line between the typed ones. A
   * figure that grows through the year (a running total, a rate over April to date) starts from
   * zero before April: type November's and March's targets and the rest follow. Any other figure
   * holds its first typed value until then. March must be typed.
   */
  static Optional<List<String>> fillProfile(
      TargetForm form, Measure measure, Map<String, String> errors) {
    List<String> boxes = form.monthBoxes();
    SortedMap<Integer, BigDecimal> points = new TreeMap<>();
    for (int month = 1; month <= 12; month++) {
      String box = clean(boxes.get(month - 1));
      if (!box.isEmpty()) {
        int number = month;
        monthValue(month, box, measure, errors).ifPresent(v -> points.put(number, v));
      }
    }
    if (clean(boxes.get(11)).isEmpty()) {
      errors.put(
          monthField(12),
          "Type March's target at least: the blank months are filled in a straight line to it");
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    boolean grows = measure.accumulates() || measure.basis() == EntryBasis.YEAR_TO_DATE_RATE;
    if (!grows) {
      points.putIfAbsent(1, points.get(points.firstKey()));
    }
    Target.MonthlyProfile profile = Target.MonthlyProfile.throughPoints(points);
    List<String> filled = new ArrayList<>(12);
    for (int month = 1; month <= 12; month++) {
      String box = clean(boxes.get(month - 1));
      filled.add(box.isEmpty() ? TargetForm.shown(measure, profile.month(month)) : box);
    }
    return Optional.of(filled);
  }

  private static Optional<Target> target(
      TargetForm form,
      Measure measure,
      FinancialYear year,
      Shapes shapes,
      List<String> notes,
      Map<String, String> errors) {
    TargetKind kind;
    try {
      kind = TargetKind.valueOf(clean(form.kind()));
    } catch (IllegalArgumentException e) {
      errors.put("kind", "Choose the kind of target");
      return Optional.empty();
    }
    switch (kind) {
      case SINGLE:
        return value("value", "target", form.value(), measure, errors).map(Target.SingleValue::new);
      case RANGE:
        return range(form, measure, errors);
      case INCREMENT:
        return increment(form, measure, errors);
      case PROFILE:
        return profile(form, measure, errors);
      case SHAPED:
        return shaped(form, measure, year, shapes, notes, errors);
      case TBC:
        String note = clean(form.note());
        length("note", "The note", note, MAX_TEXT, errors);
        return Optional.of(new Target.ToBeConfirmed(note));
      default:
        return Optional.of(new Target.NoTarget());
    }
  }

  private static Optional<Target> range(
      TargetForm form, Measure measure, Map<String, String> errors) {
    Optional<BigDecimal> low = value("low", "bottom of the range", form.low(), measure, errors);
    Optional<BigDecimal> high = value("high", "top of the range", form.high(), measure, errors);
    if (low.isEmpty() || high.isEmpty()) {
      return Optional.empty();
    }
    if (low.get().compareTo(high.get()) > 0) {
      errors.put(
          "high",
          "The top of the range ("
              + high.get().toPlainString()
              + ") is below its bottom ("
              + low.get().toPlainString()
              + ")");
      return Optional.empty();
    }
    return Optional.of(new Target.Range(low.get(), high.get()));
  }

  private static Optional<Target> increment(
      TargetForm form, Measure measure, Map<String, String> errors) {
    Optional<BigDecimal> yearEnd =
        value("yearEnd", "value to reach by March", form.yearEnd(), measure, errors);
    Optional<BigDecimal> step =
        NumberField.read("perMonth", "monthly step", form.perMonth(), errors);
    if (yearEnd.isEmpty() || step.isEmpty()) {
      return Optional.empty();
    }
    Target.MonthlyIncrement increment = Target.MonthlyIncrement.reaching(yearEnd.get(), step.get());
    List<Problem> atStart = FigureChecks.valueProblems(measure, increment.start(), "perMonth");
    if (!atStart.isEmpty()) {
      errors.put(
          "perMonth",
          "Twelve steps of "
              + step.get().toPlainString()
              + " would start the year at "
              + increment.start().toPlainString()
              + ": "
              + atStart.get(0).message());
      return Optional.empty();
    }
    return Optional.of(increment);
  }

  /**
   * A year-end value spread in the shape of earlier years, kept as a monthly profile; {@code notes}
   * gets the sentence that says how it was made, for the target's history.
   */
  private static Optional<Target> shaped(
      TargetForm form,
      Measure measure,
      FinancialYear year,
      Shapes shapes,
      List<String> notes,
      Map<String, String> errors) {
    Optional<BigDecimal> yearEnd =
        value("shapeYearEnd", "year-end target", form.shapeYearEnd(), measure, errors);
    List<FinancialYear> years = new ArrayList<>();
    for (String text : form.shapeYears()) {
      try {
        FinancialYear earlier = FinancialYear.parse(clean(text).replace('-', '/'));
        if (earlier.compareTo(year) >= 0) {
          errors.put(
              "shapeYears",
              "The shape comes from years before " + year.label() + ", not " + earlier.label());
          return Optional.empty();
        }
        years.add(earlier);
      } catch (IllegalArgumentException e) {
        errors.put("shapeYears", "'" + text + "' is not a financial year: write it as 2015-16");
        return Optional.empty();
      }
    }
    if (years.isEmpty()) {
      errors.put("shapeYears", "Choose at least one earlier year to take the shape from");
      return Optional.empty();
    }
    if (yearEnd.isEmpty()) {
      return Optional.empty();
    }
    TargetShape.Result result = shapes.of(List.copyOf(new java.util.TreeSet<>(years)));
    if (result instanceof TargetShape.Refused refused) {
      errors.put("shapeYears", refused.reason());
      return Optional.empty();
    }
    TargetShape shape = ((TargetShape.Drawn) result).shape();
    ExactValue end = ExactValue.of(yearEnd.get());
    notes.add(
        "Each month's target is "
            + measure.show(end)
            + " in the shape of "
            + shape.yearsInWords()
            + ": the share of the year-end figure reached by each month"
            + (shape.years().size() > 1 ? ", on average" : ""));
    return Optional.of(shape.spread(end, measure));
  }

  private static Optional<Target> profile(
      TargetForm form, Measure measure, Map<String, String> errors) {
    if (form.months().size() != 12) {
      errors.put(
          "months", "A monthly profile has 12 values, April to March, not " + form.months().size());
      return Optional.empty();
    }
    List<ExactValue> months = new ArrayList<>(12);
    for (int month = 1; month <= 12; month++) {
      monthValue(month, form.months().get(month - 1), measure, errors)
          .map(ExactValue::of)
          .ifPresent(months::add);
    }
    return months.size() == 12 ? Optional.of(new Target.MonthlyProfile(months)) : Optional.empty();
  }

  /**
   * The key of a month's box in the errors, and its id on the page: {@code months[0]} for April.
   */
  static String monthField(int month) {
    return "months[" + (month - 1) + "]";
  }

  /** A month's name from its number in the year, 1 for April. */
  static String monthName(int month) {
    return Month.of((month + 2) % 12 + 1).getDisplayName(TextStyle.FULL, Locale.UK);
  }

  private static Optional<BigDecimal> monthValue(
      int month, String text, Measure measure, Map<String, String> errors) {
    return value(monthField(month), monthName(month) + " target", text, measure, errors);
  }

  private static Optional<BigDecimal> value(
      String field, String name, String text, Measure measure, Map<String, String> errors) {
    Optional<BigDecimal> number = NumberField.read(field, name, text, errors);
    if (number.isPresent()) {
      List<Problem> problems = FigureChecks.valueProblems(measure, number.get(), field);
      if (!problems.isEmpty()) {
        errors.put(field, problems.get(0).message());
        return Optional.empty();
      }
    }
    return number;
  }

  private static Optional<YearMonth> appliesFrom(
      String text, FinancialYear year, Map<String, String> errors) {
    try {
      YearMonth month = YearMonth.parse(clean(text));
      if (year.contains(month)) {
        return Optional.of(month);
      }
    } catch (DateTimeParseException e) {
      // said below
    }
    errors.put(
        "appliesFrom",
        "Choose the month of "
            + year.label()
            + " from which the target applies, like "
            + year.firstMonth());
    return Optional.empty();
  }

  private static void length(
      String field, String name, String text, int most, Map<String, String> errors) {
    if (text.length() > most) {
      errors.put(field, name + " is at most " + most + " characters");
    }
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
