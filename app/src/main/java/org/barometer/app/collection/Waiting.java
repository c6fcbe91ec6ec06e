package org.barometer.app.collection;

import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.app.measurement.StoredFigure;

/**
 * A submitted figure waiting for the performance team's decision, with its indicator.
 *
 * @param indicator the indicator, as its definition is now
 * @param figure the figure submitted
 */
public record Waiting(IndicatorVersion indicator, StoredFigure figure) {}
