package org.barometer.app.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a part of the organisation as typed, adding what is wrong, by field and in the order of
 * the form, to {@code errors}: a department or aim chosen must exist; a name is required, within
 * its length, and not used already by another of its kind (within its department or aim, for
 * services and priorities).
 */
final class UnitFields {

  private UnitFields() {}

  /**
   * @param existing every part of this kind, as stored
   * @param parents every department or aim it may belong to
   * @param self the part being changed, or empty for a new one
   */
  static Optional<UnitEntry> read(
      UnitKind kind,
      UnitForm form,
      List<OrganisationUnit> existing,
      List<OrganisationUnit> parents,
      Optional<Long> self,
      Map<String, String> errors) {
    Optional<Long> parent = kind.parent().flatMap(p -> parent(p, form.parent(), parents, errors));
    text("name", form.name(), kind.nameField(), true, errors);
    kind.detailField().ifPresent(field -> text("detail", form.detail(), field, false, errors));
    if (!errors.containsKey("name") && !errors.containsKey("parent")) {
      checkUnused(kind, form.name(), parent, existing, self, errors);
    }
    return errors.isEmpty()
        ? Optional.of(new UnitEntry(form.name(), form.detail(), parent))
        : Optional.empty();
  }

  private static void checkUnused(
      UnitKind kind,
      String name,
      Optional<Long> parent,
      List<OrganisationUnit> existing,
      Optional<Long> self,
      Map<String, String> errors) {
    boolean scoped = kind.parent().map(UnitKind.Parent::required).orElse(false);
    boolean taken =
        existing.stream()
            .filter(u -> self.isEmpty() || u.id() != self.get())
            .filter(u -> !scoped || u.parentId().equals(parent))
            .anyMatch(u -> u.name().equalsIgnoreCase(name));
    if (taken) {
      String where = scoped ? " in that " + kind.parent().get().noun() : "";
      errors.put(
          "name",
          "There is already "
              + withArticle(kind.noun())
              + " called "
              + name
              + where
              + ": choose another name");
    }
  }

  private static void text(
      String key, String text, UnitKind.Field field, boolean required, Map<String, String> errors) {
    String label = field.label().replace(" (optional)", "").toLowerCase(java.util.Locale.UK);
    if (required && text.isEmpty()) {
      errors.put(key, "Enter the " + label);
    } else if (text.length() > field.longest()) {
      errors.put(
          key,
          "The "
              + label
              + " must be "
              + field.longest()
              + " characters or fewer: it has "
              + text.length());
    }
  }

  private static Optional<Long> parent(
      UnitKind.Parent parent,
      String chosen,
      List<OrganisationUnit> parents,
      Map<String, String> errors) {
    if (chosen.isEmpty()) {
      if (parent.required()) {
        errors.put("parent", "Choose the " + parent.noun());
      }
      return Optional.empty();
    }
    Optional<Long> found =
        parents.stream()
            .map(OrganisationUnit::id)
            .filter(id -> chosen.equals(id.toString()))
            .findFirst();
    if (found.isEmpty()) {
      errors.put("parent", "Choose " + withArticle(parent.noun()) + " from the list");
    }
    return found;
  }

  /** {@code a department}, {@code an aim}. */
  static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }
}
