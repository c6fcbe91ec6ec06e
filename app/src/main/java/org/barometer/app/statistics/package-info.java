/**
 * Statistical process control in the application: the organisation's SPC settings, each indicator's
 * chart definition (recalculation points and baseline, with reasons and history), the XmR and trend
 * charts of the indicator page, and the public SPC calculator.
 */
package org.barometer.app.statistics;
