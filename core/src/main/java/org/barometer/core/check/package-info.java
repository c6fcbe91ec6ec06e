/**
 * The checks a figure must pass when it is entered (domain.md section 12): a percentage above 100,
 * a numerator above its denominator or a negative count is refused with the reason; a jump far
 * outside the indicator's history is accepted only with an explanation.
 */
package org.barometer.core.check;
