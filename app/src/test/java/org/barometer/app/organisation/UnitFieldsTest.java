package org.barometer.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitFieldsTest {

  private static final List<OrganisationUnit> DEPARTMENTS =
      List.of(unit(1, "department", "People", null), unit(2, "department", "Place", null));
  private static final List<OrganisationUnit> SERVICES =
      List.of(unit(10, "service", "Public Health", 1L));

  private final Map<String, String> errors = new LinkedHashMap<>();

  @Test
  void readsANewServiceInItsDepartment() {
    Optional<UnitEntry> entry =
        UnitFields.read(
            UnitKind.SERVICE,
            new UnitForm(" Parking ", "", "2"),
            SERVICES,
            DEPARTMENTS,
            Optional.empty(),
            errors);

    assertThat(errors).isEmpty();
    assertThat(entry).contains(new UnitEntry("Parking", "", Optional.of(2L)));
  }

  @Test
  void refusesANameUsedInTheSameDepartmentWhateverItsCase() {
    UnitFields.read(
        UnitKind.SERVICE,
        new UnitForm("public health", "", "1"),
        SERVICES,
        DEPARTMENTS,
        Optional.empty(),
        errors);

    assertThat(errors)
        .containsEntry(
            "name",
            "There is already a service called public health in that department: choose another"
                + " name");
  }

  @Test
  void acceptsTheSameServiceNameInAnotherDepartmentAndAPartKeepingItsOwnName() {
    UnitFields.read(
        UnitKind.SERVICE,
        new UnitForm("Public Health", "", "2"),
        SERVICES,
        DEPARTMENTS,
        Optional.empty(),
        errors);
    UnitFields.read(
        UnitKind.DEPARTMENT,
        new UnitForm("People", "Department for People", ""),
        DEPARTMENTS,
        List.of(),
        Optional.of(1L),
        errors);

    assertThat(errors).isEmpty();
  }

  @Test
  void saysWhichFieldIsWrongAndWhy() {
    UnitFields.read(
        UnitKind.PRIORITY,
        new UnitForm("", "x".repeat(1001), "99"),
        List.of(),
        List.of(unit(5, "aim", "Safe", null)),
        Optional.empty(),
        errors);

    assertThat(errors)
        .containsEntry("name", "Enter the priority")
        .containsEntry("detail", "The note must be 1000 characters or fewer: it has 1001")
        .containsEntry("parent", "Choose an aim from the list");
  }

  @Test
  void needsTheDepartmentOfAServiceButNotOfACommittee() {
    UnitFields.read(
        UnitKind.SERVICE,
        new UnitForm("Parks", "", ""),
        SERVICES,
        DEPARTMENTS,
        Optional.empty(),
        errors);
    assertThat(errors).containsEntry("parent", "Choose the department");

    errors.clear();
    UnitFields.read(
        UnitKind.COMMITTEE,
        new UnitForm("Audit Committee", "", ""),
        List.of(),
        DEPARTMENTS,
        Optional.empty(),
        errors);
    assertThat(errors).isEmpty();
  }

  private static OrganisationUnit unit(long id, String kind, String name, Long parent) {
    return new OrganisationUnit(id, kind, name, Optional.ofNullable(parent), List.of());
  }
}
