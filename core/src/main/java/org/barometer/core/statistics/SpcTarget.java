package org.barometer.core.statistics;

import java.math.BigDecimal;
import java.util.Objects;

/** The target an assurance icon is judged against: none, one value, or a range (Goldilocks). */
public sealed interface SpcTarget {

  static SpcTarget none() {
    return None.INSTANCE;
  }

  static SpcTarget of(BigDecimal value) {
    return new Single(value);
  }

  static SpcTarget range(BigDecimal low, BigDecimal high) {
    return new Range(low, high);
  }

  /** No target: no assurance icon. */
  enum None implements SpcTarget {
    INSTANCE
  }

  /** One target value. */
  record Single(BigDecimal value) implements SpcTarget {
    public Single {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A target range, low to high inclusive. */
  record Range(BigDecimal low, BigDecimal high) implements SpcTarget {
    public Range {
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      if (low.compareTo(high) > 0) {
        throw new IllegalArgumentException("The range's low " + low + " is above its high " + high);
      }
    }
  }
}
