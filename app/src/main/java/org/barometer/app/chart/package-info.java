/**
 * Charts drawn on the server as SVG 1.1, the same markup for a web page and for a PDF: the XmR
 * chart of an SPC analysis ({@link org.barometer.app.chart.XmrChart}), an indicator's trend against
 * its target with status and forecast ({@link org.barometer.app.chart.TrendChart}), and a sparkline
 * for tables ({@link org.barometer.app.chart.Sparkline}). Each chart has an accessible name and
 * description, never lets colour alone carry meaning, and gives its numbers as a table ({@link
 * org.barometer.app.chart.ChartTable}). Plain Java: no Spring, no servlet types.
 */
package org.barometer.app.chart;
