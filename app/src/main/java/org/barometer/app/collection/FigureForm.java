package org.barometer.app.collection;

import org.barometer.app.measurement.StoredFigure;
import org.barometer.core.measurement.Figure;

/**
 * A figure as typed into the entry form: every field is text until it is checked.
 *
 * @param value the value, for an indicator collected as a plain value
 * @param numerator the numerator, for one collected as numerator and denominator
 * @param denominator the denominator
 * @param commentary what happened and what is being done
 * @param explanation why a figure outside its usual range is right
 * @param forecast the owner's own forecast for the year end, optional
 * @param correction why an approved figure is corrected; required then, and shown in the next
 *     report's revisions
 * @param version the version of the figure the form was opened on; empty for a new one
 * @param action {@code save} to keep a draft, {@code submit} to send it for approval
 */
public record FigureForm(
    String value,
    String numerator,
    String denominator,
    String commentary,
    String explanation,
    String forecast,
    String correction,
    Integer version,
    String action) {

  public FigureForm {
    value = clean(value);
    numerator = clean(numerator);
    denominator = clean(denominator);
    commentary = clean(commentary);
    explanation = clean(explanation);
    forecast = clean(forecast);
    correction = clean(correction);
    action = clean(action);
  }

  public static FigureForm empty() {
    return new FigureForm("", "", "", "", "", "", "", null, "save");
  }

  /** The form as a stored figure fills it, to change it. */
  public static FigureForm of(StoredFigure stored) {
    Figure figure = stored.figure();
    Figure.Ratio ratio = figure instanceof Figure.Ratio r ? r : null;
    return new FigureForm(
        ratio == null ? stored.asEntered() : "",
        ratio == null ? "" : ratio.numerator().toPlainString(),
        ratio == null ? "" : ratio.denominator().toPlainString(),
        stored.commentary(),
        stored.explanation(),
        stored.ownerForecast() == null ? "" : stored.ownerForecast().toPlainString(),
        "",
        stored.version(),
        "save");
  }

  /** The same form, on another version of the figure. */
  public FigureForm withVersion(int newVersion) {
    return new FigureForm(
        value,
        numerator,
        denominator,
        commentary,
        explanation,
        forecast,
        correction,
        newVersion,
        action);
  }

  public boolean submitting() {
    return "submit".equals(action);
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
