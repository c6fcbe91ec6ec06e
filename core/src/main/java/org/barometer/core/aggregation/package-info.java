/**
 * The figure reported for a period, built from the collected figures by the indicator's aggregation
 * kind: cumulative, snapshot, year-to-date average, rolling quarter or rolling 12 months. A window
 * with missing figures says how many periods it covers.
 */
package org.barometer.core.aggregation;
