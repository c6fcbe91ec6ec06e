package org.barometer.app.measurement;

/** Where a figure is in its journey from its owner to the report. */
public enum FigureState {
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED
}
