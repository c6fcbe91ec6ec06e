/**
 * The year-end forecast: the figure the indicator is likely to report for March, from the
 * year-to-date run rate and, where earlier years exist, their seasonal shape.
 */
package org.barometer.core.forecast;
