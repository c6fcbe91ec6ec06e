package org.barometer.core.status;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Unit;
import org.barometer.core.number.ExactValue;

/**
 * How far a figure may miss its target and still be amber rather than red: a share of the target
 * (relative) or an amount in the indicator's unit (absolute).
 */
public sealed interface Tolerance {

  /** The default until an organisation sets its own: 10% of the target, relative. */
  Tolerance DEFAULT = new Relative(new BigDecimal("0.10"));

  /** The allowance for a target, or for the edge of a range. */
  ExactValue allowance(ExactValue reference);

  /** How the tolerance reads in a reason: {@code 10% of the target (7.6 points)}. */
  String describe(Measure measure, ExactValue reference, String referenceName);

  /** The indicator's own tolerance if it has one, else the organisation's, else the default. */
  static Tolerance effective(Optional<Tolerance> indicator, Optional<Tolerance> organisation) {
    return indicator.or(() -> organisation).orElse(DEFAULT);
  }

  static Tolerance relative(String share) {
    return new Relative(new BigDecimal(share));
  }

  static Tolerance absolute(String amount) {
    return new Absolute(new BigDecimal(amount));
  }

  /**
   * A share of the target's absolute value: 0.10 for 10%. For a target of zero it is zero.
   *
   * @param share from 0 to 1
   */
  record Relative(BigDecimal share) implements Tolerance {
    public Relative {
      Objects.requireNonNull(share, "share");
      if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("A relative tolerance is a share from 0 to 1");
      }
    }

    @Override
    public ExactValue allowance(ExactValue reference) {
      return reference.abs().multiply(share);
    }

    @Override
    public String describe(Measure measure, ExactValue reference, String referenceName) {
      String percent = share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
      if (reference.isZero()) {
        return percent + " of " + referenceName + ", which is nothing for a target of zero";
      }
      ExactValue amount = allowance(reference);
      String shown =
          measure.unit() == Unit.PERCENTAGE
              ? measure.showPlain(amount) + " points"
              : measure.showDifference(amount);
      return percent + " of " + referenceName + " (" + shown + ")";
    }
  }

  /** An amount in the indicator's unit, such as 2 percentage points. */
  record Absolute(BigDecimal amount) implements Tolerance {
    public Absolute {
      Objects.requireNonNull(amount, "amount");
      if (amount.signum() < 0) {
        throw new IllegalArgumentException("An absolute tolerance cannot be negative");
      }
    }

    @Override
    public ExactValue allowance(ExactValue reference) {
      return ExactValue.of(amount);
    }

    @Override
    public String describe(Measure measure, ExactValue reference, String referenceName) {
      return measure.showDifference(ExactValue.of(amount));
    }
  }
}
