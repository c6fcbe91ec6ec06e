package org.barometer.app.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the API's answers: plain records, so the OpenAPI document shows them as they are.
 */
final class ApiViews {

  private ApiViews() {}

  /** An indicator and how it stands for a month. */
  record IndicatorView(
      String code,
      String name,
      String department,
      String committee,
      String aim,
      String polarity,
      String unit,
      int decimals,
      String aggregation,
      FigureView figure,
      String target,
      StatusView status,
      DirectionView againstPrevious,
      DirectionView againstLastYear,
      ForecastView forecast) {}

  /**
   * The reported figure: {@code value} rounded at the indicator's decimals, {@code exact} as an
   * exact decimal or fraction, and its own period.
   */
  record FigureView(
      BigDecimal value,
      String exact,
      String shown,
      String period,
      String periodShown,
      boolean incomplete) {}

  /**
   * {@code colour} is GREEN, AMBER, RED, or null for no status; {@code reason} says why, or for an
   * override gives the performance team's reason. {@code computed} is the status computed from the
   * figure and its target when this one was overridden, and null otherwise.
   */
  record StatusView(String colour, boolean overridden, String reason, ComputedView computed) {}

  /** A computed status kept beside an override: {@code colour} as above, and why. */
  record ComputedView(String colour, String reason) {}

  record DirectionView(String comparison, String direction, String reason) {}

  record ForecastView(BigDecimal value, String method, String outcome, String reason) {}

  /** A stored figure. */
  record StoredFigureView(
      long id,
      String period,
      BigDecimal value,
      BigDecimal numerator,
      BigDecimal denominator,
      String state,
      String commentary,
      int version,
      boolean synthetic,
      BigDecimal ownerForecast) {}

  /** An indicator with its figures. */
  record IndicatorDetailView(
      IndicatorView indicator, List<StoredFigureView> figures, SpcSummaryView spc) {}

  /**
   * How the indicator's own figures read as an XmR chart up to the month (spc.md), under the
   * organisation's SPC settings and the indicator's recalculations and baseline.
   *
   * @param variationIcon as in POST /api/v1/spc ({@code common_cause}, {@code concern_low}...), or
   *     null with too few points
   * @param assuranceIcon {@code pass}, {@code fail}, {@code hit_and_miss}, or null
   * @param reading the plain-English reading, as the indicator's page shows it
   * @param mean the latest period's mean
   * @param lcl the latest period's lower process limit, or null when not shown
   * @param ucl the latest period's upper process limit, or null when not shown
   * @param notes what the reader needs to know, as the page shows them
   */
  record SpcSummaryView(
      String variationIcon,
      String assuranceIcon,
      String reading,
      BigDecimal mean,
      BigDecimal lcl,
      BigDecimal ucl,
      List<String> notes) {}

  /** A figure sent by a program: a value, or a numerator and a denominator. */
  record FigureRequest(
      BigDecimal value,
      BigDecimal numerator,
      BigDecimal denominator,
      String commentary,
      String explanation,
      BigDecimal forecast,
      String correction,
      Integer version,
      Boolean submit) {}

  /** The performance team's decision on a submitted figure. */
  record DecisionRequest(String decision, String reason, Integer version) {}

  /** A field and what is wrong with it, inside a problem's {@code errors}. */
  record FieldError(String field, String message) {
    static List<FieldError> of(Map<String, String> errors) {
      return errors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    }
  }
}
