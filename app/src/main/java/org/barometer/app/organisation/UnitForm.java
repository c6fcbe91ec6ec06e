package org.barometer.app.organisation;

/**
 * A part of the organisation as typed into its form.
 *
 * @param name its name (a priority's text)
 * @param detail a department's full name, a priority's note; empty for other kinds
 * @param parent the id of its department or aim, as chosen; empty for none
 */
public record UnitForm(String name, String detail, String parent) {

  public UnitForm {
    name = clean(name);
    detail = clean(detail);
    parent = clean(parent);
  }

  public static UnitForm empty() {
    return new UnitForm("", "", "");
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
