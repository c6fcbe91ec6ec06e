package org.barometer.app.catalogue;

import java.math.BigDecimal;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A latest figure as printed in the seed: {@code 87.34% (Nov)}, {@code 50.56%* (Nov)}, {@code 5719
 * (against target of 5078) (Nov 16)}, {@code 11,310 (against target of 8,667) Nov}, or {@code N/A}.
 *
 * @param value the figure, as printed: {@code 91.66%} is 91.66
 * @param month the month printed beside it
 * @param yearOfCentury the two-digit year printed after the month ({@code Nov 16}), if any
 * @param against the target printed beside it ({@code against target of 5078}), if any
 */
record PrintedFigure(
    BigDecimal value, Month month, Optional<Integer> yearOfCentury, Optional<BigDecimal> against) {

  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final Pattern FIGURE =
      Pattern.compile(
          NUMBER
              + "%?\\*? (?:\\(against target of "
              + NUMBER
              + "\\) )?(?:\\(([A-Za-z]{3,9})(?: (\\d{2}))?\\)|([A-Za-z]{3,9}))");
  private static final Pattern NONE = Pattern.compile("(?i)n/ ?a");

  /**
   * The figure the text states; empty for {@code N/A}.
   *
   * @throws IllegalArgumentException with the reason when the text cannot be read
   */
  static Optional<PrintedFigure> read(String printed) {
    String text = printed.strip().replaceAll("\\s+", " ");
    if (NONE.matcher(text).matches()) {
      return Optional.empty();
    }
    Matcher matcher = FIGURE.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a figure with its month, such as 87.34% (Nov) or N/A");
    }
    String word = matcher.group(3) != null ? matcher.group(3) : matcher.group(5);
    Month month =
        DateText.monthCalled(word)
            .orElseThrow(
                () -> new IllegalArgumentException("'" + word + "' is not the name of a month"));
    return Optional.of(
        new PrintedFigure(
            number(matcher.group(1)),
            month,
            Optional.ofNullable(matcher.group(4)).map(Integer::valueOf),
            Optional.ofNullable(matcher.group(2)).map(PrintedFigure::number)));
  }

  private static BigDecimal number(String digits) {
    return new BigDecimal(digits.replace(",", ""));
  }
}
