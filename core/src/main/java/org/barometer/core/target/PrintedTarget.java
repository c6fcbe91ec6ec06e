package org.barometer.core.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target as printed in a council report, read as a {@link Target}: {@code 80.00%}, {@code
 * 57.3-68.3}, {@code 45.7 – 52.3}, {@code 35,000 (1,250 per month)}, {@code TBC}, {@code N/A},
 * {@code 40 new local organisations signed up}.
 *
 * <p>The reader never guesses. It reads letters from other scripts that look like Latin ones (the
 * seed prints "ТВС" in Cyrillic) as the Latin letters and says so in a note; anything it cannot
 * read is refused with the reason.
 *
 * @param printed the text exactly as printed
 * @param target the target it states; empty for "N/A", which means there is no target that year
 * @param notes what the reader noticed or forgave, in plain English
 */
public record PrintedTarget(String printed, Optional<Target> target, List<String> notes) {

  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final Pattern SINGLE = Pattern.compile(NUMBER + "%?");
  private static final Pattern RANGE =
      Pattern.compile(NUMBER + "%? ?([-\u2010\u2011\u2012\u2013\u2014\u2212]) ?" + NUMBER + "%?");
  private static final Pattern INCREMENT =
      Pattern.compile(NUMBER + " \\(" + NUMBER + " (?:per|a) month\\)");
  private static final Pattern COUNTED = Pattern.compile(NUMBER + " ([\\p{L}][\\p{L} '-]*)");
  private static final Pattern TBC = Pattern.compile("(?i)tbc|t\\.b\\.c\\.?|to be confirmed");
  private static final Pattern NOT_APPLICABLE = Pattern.compile("(?i)n/ ?a|not applicable");
  private static final Pattern NONE = Pattern.compile("(?i)none|no target");

  /** Letters of other scripts that print exactly like Latin capitals and small letters. */
  private static final Map<Character, Character> LOOKALIKES =
      Map.ofEntries(
          Map.entry('\u0410', 'A'),
          Map.entry('\u0412', 'B'),
          Map.entry('\u0415', 'E'),
          Map.entry('\u041A', 'K'),
          Map.entry('\u041C', 'M'),
          Map.entry('\u041D', 'H'),
          Map.entry('\u041E', 'O'),
          Map.entry('\u0420', 'P'),
          Map.entry('\u0421', 'C'),
          Map.entry('\u0422', 'T'),
          Map.entry('\u0425', 'X'),
          Map.entry('\u0430', 'a'),
          Map.entry('\u0435', 'e'),
          Map.entry('\u043E', 'o'),
          Map.entry('\u0440', 'p'),
          Map.entry('\u0441', 'c'),
          Map.entry('\u0445', 'x'),
          Map.entry('\u0391', 'A'),
          Map.entry('\u0392', 'B'),
          Map.entry('\u0395', 'E'),
          Map.entry('\u0397', 'H'),
          Map.entry('\u0399', 'I'),
          Map.entry('\u039A', 'K'),
          Map.entry('\u039C', 'M'),
          Map.entry('\u039D', 'N'),
          Map.entry('\u039F', 'O'),
          Map.entry('\u03A1', 'P'),
          Map.entry('\u03A4', 'T'),
          Map.entry('\u03A7', 'X'));

  public PrintedTarget {
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(target, "target");
    notes = List.copyOf(notes);
  }

  /**
   * Reads a printed target.
   *
   * @throws IllegalArgumentException with the reason, when the text states no target this reader
   *     knows
   */
  public static PrintedTarget read(String printed) {
    if (printed == null || printed.isBlank()) {
      throw new IllegalArgumentException("the target is blank: write TBC, N/A or a value");
    }
    List<String> notes = new ArrayList<>();
    String text = latin(printed.strip().replaceAll("\\s+", " "), notes);
    if (NOT_APPLICABLE.matcher(text).matches()) {
      notes.add("'" + text + "': no target for this year (the indicator was not reported then)");
      return new PrintedTarget(printed, Optional.empty(), notes);
    }
    return new PrintedTarget(printed, Optional.of(stated(text, notes)), notes);
  }

  private static Target stated(String text, List<String> notes) {
    if (TBC.matcher(text).matches()) {
      return new Target.ToBeConfirmed("");
    }
    if (NONE.matcher(text).matches()) {
      return new Target.NoTarget();
    }
    return figures(text, notes);
  }

  private static Target figures(String text, List<String> notes) {
    Matcher matcher = SINGLE.matcher(text);
    if (matcher.matches()) {
      return new Target.SingleValue(number(matcher.group(1)));
    }
    matcher = RANGE.matcher(text);
    if (matcher.matches()) {
      return range(matcher, notes);
    }
    matcher = INCREMENT.matcher(text);
    if (matcher.matches()) {
      return Target.MonthlyIncrement.reaching(number(matcher.group(1)), number(matcher.group(2)));
    }
    matcher = COUNTED.matcher(text);
    if (matcher.matches()) {
      notes.add(
          "read as the value "
              + matcher.group(1)
              + "; the words '"
              + matcher.group(2).strip()
              + "' say what is counted and are kept with the printed text");
      return new Target.SingleValue(number(matcher.group(1)));
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not a target this reader knows: write a value (80.00%), a range"
            + " (57.3-68.3), an increment (35,000 (1,250 per month)), TBC or N/A");
  }

  private static Target range(Matcher matcher, List<String> notes) {
    char dash = matcher.group(2).charAt(0);
    if (dash != '-') {
      notes.add(
          String.format(
              "the range is written with U+%04X (%s); read as a range from low to high",
              (int) dash, Character.getName(dash)));
    }
    return new Target.Range(number(matcher.group(1)), number(matcher.group(3)));
  }

  private static String latin(String text, List<String> notes) {
    StringBuilder latin = new StringBuilder(text.length());
    List<String> swapped = new ArrayList<>();
    for (char letter : text.toCharArray()) {
      Character lookalike = LOOKALIKES.get(letter);
      if (lookalike != null) {
        swapped.add(Character.getName(letter).toLowerCase(Locale.UK));
      }
      latin.append(lookalike == null ? letter : lookalike);
    }
    if (!swapped.isEmpty()) {
      notes.add(
          "'"
              + text
              + "' is written with letters of another script ("
              + String.join(", ", swapped)
              + "); read as the Latin '"
              + latin
              + "'");
    }
    return latin.toString();
  }

  private static BigDecimal number(String digits) {
    return new BigDecimal(digits.replace(",", ""));
  }
}
