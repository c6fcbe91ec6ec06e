/**
 * What every file that leaves Barometer for a spreadsheet has in common: text that a spreadsheet
 * would run as a formula is written so that it is not ({@link SpreadsheetText}). The report files,
 * the open data and the action plan's export use it.
 */
package org.barometer.app.spreadsheet;
