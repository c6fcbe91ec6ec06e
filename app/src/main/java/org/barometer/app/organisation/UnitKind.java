package org.barometer.app.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of part of the organisation an administrator adds and changes, with the words their
 * form uses.
 */
public enum UnitKind {
  DEPARTMENT(
      "departments",
      "department",
      new Field("Short name", "As lists and filters show it, like People", 200),
      Optional.of(new Field("Full name", "Like Department for People. Empty: the short name", 200)),
      Optional.empty()),
  SERVICE(
      "services",
      "service",
      new Field("Name", "Like Adult Services and Housing", 200),
      Optional.empty(),
      Optional.of(new Parent("department", "Department", true))),
  COMMITTEE(
      "committees",
      "committee",
      new Field("Name", "Like Place Scrutiny Committee", 200),
      Optional.empty(),
      Optional.of(new Parent("department", "Department it scrutinises (optional)", false))),
  AIM("aims", "aim", new Field("Name", "Like Safe", 200), Optional.empty(), Optional.empty()),
  PRIORITY(
      "priorities",
      "priority",
      new Field("Priority", "As the corporate plan words it", 1000),
      Optional.of(new Field("Note (optional)", "Anything a reader should know about it", 1000)),
      Optional.of(new Parent("aim", "Corporate aim", true)));

  private final String path;
  private final String noun;
  private final Field nameField;
  private final Optional<Field> detailField;
  private final Optional<Parent> parent;

  UnitKind(
      String path,
      String noun,
      Field nameField,
      Optional<Field> detailField,
      Optional<Parent> parent) {
    this.path = path;
    this.noun = noun;
    this.nameField = nameField;
    this.detailField = detailField;
    this.parent = parent;
  }

  /** The kind whose pages are under {@code /admin/organisation/{path}}. */
  public static Optional<UnitKind> ofPath(String path) {
    return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
  }

  /** Its part of the pages' address, such as {@code departments}. */
  public String path() {
    return path;
  }

  /** Its name in a sentence and in the audit trail, such as {@code department}. */
  public String noun() {
    return noun;
  }

  /** Its name, or for a priority its text. */
  public Field nameField() {
    return nameField;
  }

  /** A second text: a department's full name, a priority's note. */
  public Optional<Field> detailField() {
    return detailField;
  }

  /** What it belongs to: a service's department, a priority's aim, a committee's department. */
  public Optional<Parent> parent() {
    return parent;
  }

  /**
   * A text field of the form.
   *
   * @param label its label
   * @param hint its hint
   * @param longest its most characters
   */
  public record Field(String label, String hint, int longest) {}

  /**
   * What a part belongs to.
   *
   * @param noun {@code department} or {@code aim}
   * @param label the label of its field
   * @param required whether it must be chosen
   */
  public record Parent(String noun, String label, boolean required) {

    /** The kind of the parent. */
    public UnitKind kind() {
      return UnitKind.valueOf(noun.toUpperCase(Locale.ROOT));
    }
  }
}
