/**
 * Periods: the UK public-sector financial year (1 April to 31 March, labelled {@code 2017/18}), its
 * months and quarters, and the frequency at which an indicator is collected.
 */
package org.barometer.core.period;
