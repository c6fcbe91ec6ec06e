/**
 * How an indicator is measured: its unit and display decimals, its polarity, how its reported
 * figure is built from the collected figures (aggregation kind), and what each collected figure
 * covers (entry basis).
 */
package org.barometer.core.indicator;
