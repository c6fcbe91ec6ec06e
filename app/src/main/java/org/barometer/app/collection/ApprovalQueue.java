package org.barometer.app.collection;

import java.util.ArrayList;
import java.util.List;
import org.barometer.app.indicator.Indicators;
import org.barometer.app.measurement.FigureState;
import org.barometer.app.measurement.Measurements;
import org.barometer.app.measurement.StoredFigure;
import org.barometer.app.security.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The performance team reads the figures submitted and waiting for its decision. */
@Service
public class ApprovalQueue {

  private final Indicators indicators;
  private final Measurements measurements;
  private final Access access;

  ApprovalQueue(Indicators indicators, Measurements measurements, Access access) {
    this.indicators = indicators;
    this.measurements = measurements;
    this.access = access;
  }

  /** Every submitted figure of an indicator in the register; only for the performance team. */
  @Transactional(readOnly = true)
  public List<Waiting> waiting(String user) {
    if (!access.mayApprove(user)) {
      throw new AccessDeniedException("Only the performance team approves figures");
    }
    List<Waiting> waiting = new ArrayList<>();
    for (StoredFigure figure : measurements.inState(FigureState.SUBMITTED)) {
      indicators.current(figure.indicatorId()).ifPresent(i -> waiting.add(new Waiting(i, figure)));
    }
    return waiting;
  }
}
