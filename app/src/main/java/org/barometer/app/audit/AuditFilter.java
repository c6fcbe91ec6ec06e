package org.barometer.app.audit;

/**
 * The audit page's filters as typed: every field is text until it is checked.
 *
 * @param person who made the changes, by username
 * @param indicator the indicator changed, by its number
 * @param from the first day, like 1/11/2016
 * @param to the last day
 * @param page which page of 50, from 1
 */
public record AuditFilter(String person, String indicator, String from, String to, String page) {

  public AuditFilter {
    person = clean(person);
    indicator = clean(indicator);
    from = clean(from);
    to = clean(to);
    page = clean(page);
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
