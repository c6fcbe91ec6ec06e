package org.barometer.app.spreadsheet;

import java.util.regex.Pattern;

/**
 * Text written into a CSV file or a workbook cell so that a spreadsheet never runs it as a formula
 * ("CSV injection", OWASP): a text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return gets one apostrophe in front. So that the escape can always be undone, a
 * text that starts with an apostrophe gets one more as well; reading a cell back is then a matter
 * of dropping one leading apostrophe ({@link #restored}). A number as the report shows it ({@code
 * -3.5}, {@code -1,234}, {@code -£20}, {@code -2.50%}, {@code -3 days}) is not a formula and is
 * left as it is.
 */
public final class SpreadsheetText {

  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final char ESCAPE = '\'';
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?£?\\d[\\d,]*(\\.\\d+)?(%| days| weeks)?");

  private SpreadsheetText() {}

  /** The text as it is written into a cell; null stays null. */
  public static String neutralised(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean escaped =
        first == ESCAPE || (FORMULA_STARTS.indexOf(first) >= 0 && !NUMBER.matcher(text).matches());
    return escaped ? ESCAPE + text : text;
  }

  /** A cell written by {@link #neutralised} read back as the text it was; null stays null. */
  public static String restored(String cell) {
    if (cell == null || cell.isEmpty() || cell.charAt(0) != ESCAPE) {
      return cell;
    }
    return cell.substring(1);
  }
}
