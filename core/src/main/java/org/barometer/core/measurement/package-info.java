/**
 * Collected figures: a plain value, or a numerator and a denominator, for one period. A missing
 * figure is absent, never zero.
 */
package org.barometer.core.measurement;
