/**
 * Statistical process control, as {@code spec/spc.md} defines it: XmR limits per period, the four
 * special-cause rules, improvement or concern by polarity, and the "Making Data Count" variation
 * and assurance icons, under the {@code mdc} and {@code ptd} profiles.
 *
 * <p>Decisions are exact: every value is held as a long count of its smallest decimal unit, and
 * each period's mean, limits and two-sigma lines become integer thresholds (their exact floor and
 * ceiling), so "above the mean" or "on a limit" never depends on binary rounding. Reported means
 * and limits are decimals rounded to 16 significant digits, for display only.
 */
package org.barometer.core.statistics;
