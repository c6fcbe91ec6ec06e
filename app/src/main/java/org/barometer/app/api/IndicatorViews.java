package org.barometer.app.api;

import java.math.BigDecimal;
import org.barometer.app.indicator.IndicatorDefinition;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.app.organisation.OrganisationNames;
import org.barometer.app.register.Judged;
import org.barometer.core.aggregation.ReportedFigure;
import org.barometer.core.assessment.Assessment;
import org.barometer.core.direction.DirectionOfTravel;
import org.barometer.core.forecast.YearEndForecast;
import org.barometer.core.indicator.Measure;
import org.barometer.core.measurement.Figure;
import org.barometer.core.status.Rag;
import org.barometer.core.status.Status;

/** Turns judged indicators and stored figures into the API's records. */
final class IndicatorViews {

  private IndicatorViews() {}

  static ApiViews.IndicatorView of(Judged judged, OrganisationNames names) {
    IndicatorDefinition d = judged.indicator().definition();
    Measure m = d.measure();
    Assessment a = judged.assessment();
    return new ApiViews.IndicatorView(
        d.code(),
        d.name(),
        names.of("department", d.placement().departmentId()),
        names.of("committee", d.placement().committeeId()),
        names.of("aim", d.placement().aimId()),
        m.polarity().name(),
        m.unit().name(),
        m.decimals(),
        m.aggregation().name(),
        a.figure().map(f -> figure(m, f, a)).orElse(null),
        judged.target(),
        new ApiViews.StatusView(
            a.status().rag().map(Rag::name).orElse(null),
            a.status() instanceof Status.Overridden,
            a.status().reason(),
            judged
                .computed()
                .map(
                    c -> new ApiViews.ComputedView(c.rag().map(Rag::name).orElse(null), c.reason()))
                .orElse(null)),
        direction(a.againstPrevious()),
        direction(a.againstLastYear()),
        forecast(m, a.forecast()));
  }

  static ApiViews.StoredFigureView of(StoredFigure f) {
    Figure figure = f.figure();
    return new ApiViews.StoredFigureView(
        f.id(),
        f.period().label(),
        figure instanceof Figure.Plain plain ? plain.value() : null,
        figure instanceof Figure.Ratio ratio ? ratio.numerator() : null,
        figure instanceof Figure.Ratio ratio ? ratio.denominator() : null,
        f.state().name(),
        f.commentary(),
        f.version(),
        f.synthetic(),
        f.ownerForecast());
  }

  private static ApiViews.FigureView figure(Measure m, ReportedFigure f, Assessment a) {
    return new ApiViews.FigureView(
        f.value().map(m::rounded).orElse(null),
        f.value().map(Object::toString).orElse(null),
        f.value().map(m::show).orElse(null),
        f.period().label(),
        f.periodShownIn(a.reportMonth()),
        f.incomplete());
  }

  private static ApiViews.DirectionView direction(DirectionOfTravel d) {
    return new ApiViews.DirectionView(d.comparison().name(), d.direction().name(), d.reason());
  }

  private static ApiViews.ForecastView forecast(Measure m, YearEndForecast f) {
    BigDecimal value = f.value().map(m::rounded).orElse(null);
    return new ApiViews.ForecastView(value, f.method().name(), f.outcome().name(), f.reason());
  }
}
