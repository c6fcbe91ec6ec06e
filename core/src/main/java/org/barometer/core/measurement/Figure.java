package org.barometer.core.measurement;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.number.ExactValue;

/** One collected figure: a plain value as entered, or its numerator and denominator. */
public sealed interface Figure {

  /**
   * The figure's value: the plain value, or numerator / denominator x multiplier; empty when the
   * denominator is zero ("no value" for that period).
   */
  Optional<ExactValue> value(BigDecimal multiplier);

  static Figure plain(String value) {
    return new Plain(new BigDecimal(value));
  }

  static Figure ratio(String numerator, String denominator) {
    return new Ratio(new BigDecimal(numerator), new BigDecimal(denominator));
  }

  /** A value entered as printed or reported, such as 91.66 for 91.66%. */
  record Plain(BigDecimal value) implements Figure {
    public Plain {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Optional<ExactValue> value(BigDecimal multiplier) {
      return Optional.of(ExactValue.of(value));
    }
  }

  /** A numerator and a denominator, such as conferences in time over conferences held. */
  record Ratio(BigDecimal numerator, BigDecimal denominator) implements Figure {
    public Ratio {
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
    }

    @Override
    public Optional<ExactValue> value(BigDecimal multiplier) {
      if (denominator.signum() == 0) {
        return Optional.empty();
      }
      return Optional.of(ExactValue.fraction(numerator.multiply(multiplier), denominator));
    }
  }
}
