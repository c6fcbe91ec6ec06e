/**
 * The Monthly Performance Report: a month's report built from what is approved, its committee and
 * department packs, and its editions. A draft is built afresh each time it is shown; publishing
 * stores the report as it stands ({@link MonthlyReport}, as JSON) with its files, and a published
 * edition is only ever read back from what was stored.
 */
package org.barometer.app.report;
