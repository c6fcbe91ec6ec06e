package org.barometer.app.collection;

/**
 * A figure as typed into the entry form: every field is text until it is checked.
 *
 * @param value the value, for an indicator collected as a plain value
 * @param numerator the numerator, for one collected as numerator and denominator
 * @param denominator the denominator
 * @param commentary what happened and what is being done
 * @param explanation why a figure outside its usual range is right
 * @param version the version of the figure the form was opened on; empty for a new one
 * @param action {@code save} to keep a draft, {@code submit} to send it for approval
 */
public record FigureForm(
    String value,
    String numerator,
    String denominator,
    String commentary,
    String explanation,
    Integer version,
    String action) {

  public FigureForm {
    value = clean(value);
    numerator = clean(numerator);
    denominator = clean(denominator);
    commentary = clean(commentary);
    explanation = clean(explanation);
    action = clean(action);
  }

  public static FigureForm empty() {
    return new FigureForm("", "", "", "", "", null, "save");
  }

  public boolean submitting() {
    return "submit".equals(action);
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
