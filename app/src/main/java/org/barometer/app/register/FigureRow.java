package org.barometer.app.register;

import java.util.Locale;
import org.barometer.app.measurement.StoredFigure;

/**
 * One figure as the indicator's table of figures shows it, in words made once.
 *
 * @param period its period, such as {@code Nov 2016}
 * @param figure the figure as entered
 * @param state draft, submitted, returned or approved
 * @param commentary the owner's commentary, or a note that the figure is synthetic
 */
public record FigureRow(String period, String figure, String state, String commentary) {

  static FigureRow of(StoredFigure f) {
    String state = f.state().name().toLowerCase(Locale.ROOT);
    return new FigureRow(
        f.period().label(),
        f.asEntered(),
        Character.toUpperCase(state.charAt(0)) + state.substring(1),
        f.synthetic() ? "Synthetic (demonstration)" : f.commentary());
  }
}
