package org.barometer.app.status;

import java.util.Optional;
import org.barometer.app.indicator.IndicatorVersion;
import org.barometer.core.period.Period;
import org.barometer.core.status.Status;

/**
 * The status an indicator's figure for a period has as computed, before any override: what an
 * override is set beside. Answered by the register, which judges indicators; the status package
 * cannot ask it directly, as the register reads the overrides.
 */
public interface ComputedStatuses {

  /**
   * The computed status of the indicator's approved figure for exactly this period, or empty when
   * the period has no approved figure.
   */
  Optional<Status> of(IndicatorVersion indicator, Period period);
}
