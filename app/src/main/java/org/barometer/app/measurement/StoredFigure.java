package org.barometer.app.measurement;

import java.time.Instant;
import java.util.Objects;
import org.barometer.core.measurement.Figure;
import org.barometer.core.measurement.Measurement;
import org.barometer.core.period.Period;

/**
 * A figure as stored.
 *
 * @param id its id
 * @param indicatorId its indicator
 * @param period the period it is for
 * @param figure the value, or numerator and denominator
 * @param state where it is in its journey
 * @param commentary its owner's explanation
 * @param definitionVersion the indicator's definition it was collected under
 * @param synthetic whether it was made up for demonstration
 * @param enteredBy who entered it last
 * @param enteredAt when
 * @param version its version, for optimistic locking
 * @param explanation the owner's explanation of a figure outside its usual range
 * @param returnedReason why the performance team returned it, if it did
 * @param ownerForecast the owner's own year-end forecast entered with it, or null
 * @param submittedAt when it was last submitted for approval, or null if it never was (a figure
 *     only ever saved as a draft, or loaded from history)
 * @param correctionReason why it was last corrected after approval, or empty
 * @param decidedBy who last approved or returned it, or null
 * @param decidedAt when, or null
 */
public record StoredFigure(
    long id,
    long indicatorId,
    Period period,
    Figure figure,
    FigureState state,
    String commentary,
    int definitionVersion,
    boolean synthetic,
    String enteredBy,
    Instant enteredAt,
    int version,
    String explanation,
    String returnedReason,
    java.math.BigDecimal ownerForecast,
    Instant submittedAt,
    String correctionReason,
    String decidedBy,
    Instant decidedAt) {

  public StoredFigure {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(state, "state");
    commentary = Objects.requireNonNullElse(commentary, "");
    explanation = Objects.requireNonNullElse(explanation, "");
    returnedReason = Objects.requireNonNullElse(returnedReason, "");
    correctionReason = Objects.requireNonNullElse(correctionReason, "");
  }

  /** The figure as entered: {@code 87.34}, or {@code 45 / 50} for a numerator and denominator. */
  public String asEntered() {
    if (figure instanceof Figure.Ratio ratio) {
      return ratio.numerator().toPlainString() + " / " + ratio.denominator().toPlainString();
    }
    return ((Figure.Plain) figure).value().toPlainString();
  }

  /** The figure for the core: approved or not. */
  public Measurement measurement() {
    return new Measurement(period, figure, state == FigureState.APPROVED, definitionVersion);
  }
}
