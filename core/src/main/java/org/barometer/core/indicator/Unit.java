package org.barometer.core.indicator;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The unit of an indicator's figures. A unit says whether monthly figures may be added together,
 * the multiplier that turns a numerator over a denominator into a value, and how a value and a
 * difference are written.
 */
public enum Unit {
  COUNT("count", true, 1, "", ""),
  PERCENTAGE("percentage", false, 100, "%", " percentage points"),
  RATE_PER_1000("rate per 1,000", false, 1_000, "", ""),
  RATE_PER_10000("rate per 10,000", false, 10_000, "", ""),
  RATE_PER_100000("rate per 100,000", false, 100_000, "", ""),
  MONEY("money (GBP)", true, 1, "", ""),
  DAYS("days", false, 1, " days", " days"),
  WEEKS("weeks", false, 1, " weeks", " weeks"),
  SCORE("score", false, 1, "", ""),
  NUMBER("number", false, 1, "", "");

  private final String label;
  private final boolean additive;
  private final BigDecimal multiplier;
  private final String valueSuffix;
  private final String differenceSuffix;

  Unit(
      String label,
      boolean additive,
      long multiplier,
      String valueSuffix,
      String differenceSuffix) {
    this.label = label;
    this.additive = additive;
    this.multiplier = BigDecimal.valueOf(multiplier);
    this.valueSuffix = valueSuffix;
    this.differenceSuffix = differenceSuffix;
  }

  /** Whether figures for several periods add up to a figure for the whole: counts and money. */
  public boolean additive() {
    return additive;
  }

  /** What numerator / denominator is multiplied by: 100 for a percentage, 10,000 per 10,000. */
  public BigDecimal multiplier() {
    return multiplier;
  }

  public String label() {
    return label;
  }

  String valueSuffix() {
    return valueSuffix;
  }

  String differenceSuffix() {
    return differenceSuffix;
  }

  /**
   * The least a figure in this unit can be: zero for counts, rates, days, weeks and percentages;
   * none for money, scores and plain numbers, which may fall below zero (a deficit, a net change).
   */
  public Optional<BigDecimal> least() {
    return switch (this) {
      case MONEY, SCORE, NUMBER -> Optional.empty();
      default -> Optional.of(BigDecimal.ZERO);
    };
  }

  /** The most: 100 for a percentage, a share of a fixed base; no limit for every other unit. */
  public Optional<BigDecimal> most() {
    return this == PERCENTAGE ? Optional.of(BigDecimal.valueOf(100)) : Optional.empty();
  }

  boolean isMoney() {
    return this == MONEY;
  }
}
