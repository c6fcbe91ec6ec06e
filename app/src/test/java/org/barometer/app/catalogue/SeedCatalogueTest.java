package org.barometer.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedCatalogueTest {

  private static Catalogue seed;

  @BeforeAll
  static void importTheSeed() {
    ImportResult result = new ImportCatalogue().from(CatalogueFolder.southend2017());

    assertThat(result.errors()).isEmpty();
    seed = result.catalogue().orElseThrow();
  }

  @Test
  void holdsTheThirtyFourIndicatorsOfAppendixOne() {
    assertThat(seed.indicators()).hasSize(34);
    assertThat(seed.indicators())
        .extracting(Indicator::number)
        .containsExactlyElementsOf(numbers(34));
  }

  @Test
  void countsIndicatorsByDepartmentAsAppendixOneDoes() {
    assertThat(seed.indicatorsOf("People")).hasSize(20);
    assertThat(seed.indicatorsOf("Place")).hasSize(9);
    assertThat(seed.indicatorsOf("Chief Executive's")).hasSize(5);
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "People            | Adult Services and Housing | 8",
        "People            | Children's Services        | 7",
        "People            | Learning Services          | 2",
        "People            | Public Health              | 3",
        "Place             | Public Protection          | 4",
        "Place             | Planning and Transport     | 3",
        "Place             | Culture                    | 2",
        "Chief Executive's | Transformation             | 3",
        "Chief Executive's | Finance and Resources      | 2",
        "Chief Executive's | Customer Services          | 0"
      })
  void countsIndicatorsByService(String department, String service, int count) {
    assertThat(seed.indicatorsOf(department, service)).hasSize(count);
  }

  @Test
  void holdsTheFortyEightActionsOfAppendixTwo() {
    assertThat(seed.actions()).hasSize(48);
    assertThat(seed.actions()).extracting(Action::number).containsExactlyElementsOf(numbers(48));
  }

  @Test
  void holdsTheThreeJointActions() {
    assertThat(seed.actions())
        .filteredOn(Action::joint)
        .extracting(Action::number)
        .containsExactly(33, 34, 37);
  }

  @Test
  void keepsSeawayCarParkMilestonesWithTheirPrintedDates() {
    Action seaway = seed.action(33);

    assertThat(seaway.ownDue()).isEmpty();
    assertThat(seaway.milestones())
        .extracting(m -> m.order(), m -> m.title(), m -> m.due().date(), m -> m.due().asPrinted())
        .containsExactly(
            tuple(
                1,
                "To support Turnstone to submit a planning application",
                LocalDate.of(2017, 9, 30),
                "31 Sept 2017"),
            tuple(
                2,
                "To meet the Coach Park Relocation Condition",
                LocalDate.of(2017, 6, 30),
                "30 June 2017"),
            tuple(
                3,
                "To support Turnstone in securing prime tenants",
                LocalDate.of(2017, 9, 30),
                "31 Sept 2017"));
    assertThat(seaway.milestones().get(0).due().corrected()).isTrue();
    assertThat(seaway.milestones().get(0).due().correction()).contains("September has 30 days");
    assertThat(seaway.milestones().get(1).due().corrected()).isFalse();
    assertThat(seaway.dueOn()).isEqualTo(LocalDate.of(2017, 9, 30));
  }

  @Test
  void keepsAirportBusinessParkMilestonesWithTheirPrintedDates() {
    Action airport = seed.action(34);

    assertThat(airport.milestones())
        .extracting(m -> m.due().date(), m -> m.due().asPrinted())
        .containsExactly(
            tuple(LocalDate.of(2017, 7, 31), "31 July 2017"),
            tuple(LocalDate.of(2018, 3, 31), "31 March 2018"),
            tuple(LocalDate.of(2018, 3, 31), "31 March 2018"),
            tuple(LocalDate.of(2017, 3, 31), "31 March 2017"),
            tuple(LocalDate.of(2017, 9, 30), "30 September 2017"));
    assertThat(airport.milestones()).noneMatch(m -> m.due().corrected());
    assertThat(airport.dueOn()).isEqualTo(LocalDate.of(2018, 3, 31));
  }

  @Test
  void keepsEachActionsOwnPrintedDueDate() {
    assertThat(seed.action(13).dueOn()).isEqualTo(LocalDate.of(2017, 10, 31));
    assertThat(seed.action(13).ownDue().orElseThrow().asPrinted()).isEqualTo("31 October 2017");
    assertThat(seed.actions())
        .filteredOn(action -> action.ownDue().isPresent())
        .hasSize(46)
        .allMatch(action -> !action.ownDue().orElseThrow().corrected());
  }

  @Test
  void holdsTheFiveAimsWithTheirPriorities() {
    assertThat(seed.aims())
        .extracting(Aim::name, aim -> aim.priorities().size())
        .containsExactly(
            tuple("Safe", 3),
            tuple("Clean", 2),
            tuple("Healthy", 3),
            tuple("Prosperous", 4),
            tuple("Excellent", 3));
  }

  @Test
  void assignsActionsToAimsByTheirPlaceInAppendixTwo() {
    assertThat(seed.actions())
        .extracting(Action::aim)
        .containsExactlyElementsOf(
            aims(
                List.of("Safe", "Clean", "Healthy", "Prosperous", "Excellent"),
                List.of(7, 5, 16, 16, 4)));
  }

  @Test
  void holdsTheThreeScrutinyCommitteesOneADepartment() {
    assertThat(seed.committees())
        .extracting(Committee::name, Committee::department)
        .containsExactly(
            tuple("People Scrutiny Committee", "People"),
            tuple("Place Scrutiny Committee", "Place"),
            tuple("Policy and Resources Scrutiny Committee", "Chief Executive's"));
  }

  @Test
  void holdsTheDepartmentTree() {
    assertThat(seed.departments())
        .extracting(Department::name)
        .containsExactly("People", "Place", "Chief Executive's");
    assertThat(seed.department("Chief Executive's").services())
        .extracting(Service::name)
        .containsExactly("Transformation", "Finance and Resources");
  }

  @Test
  void holdsTwoTargetsForEveryIndicator() {
    assertThat(seed.targets()).hasSize(68);
  }

  private static List<Integer> numbers(int last) {
    return java.util.stream.IntStream.rangeClosed(1, last).boxed().toList();
  }

  private static List<String> aims(List<String> names, List<Integer> counts) {
    java.util.List<String> all = new java.util.ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      all.addAll(java.util.Collections.nCopies(counts.get(i), names.get(i)));
    }
    return all;
  }
}
