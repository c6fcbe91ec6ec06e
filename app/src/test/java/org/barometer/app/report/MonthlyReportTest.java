package org.barometer.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's packs, its cuts and its summary, worked out from the report alone. */
class MonthlyReportTest {

  private final MonthlyReport report = SampleReports.small();

  @Test
  void offersTheWholeReportThenEachCommitteeThenEachDepartment() {
    assertThat(report.packs())
        .extracting(Pack::key)
        .containsExactly(
            "all",
            "committee-people",
            "committee-place",
            "committee-policy-and-resources",
            "department-people",
            "department-place",
            "department-policy-and-resources");
    assertThat(report.pack("committee-people").orElseThrow().name())
        .isEqualTo("People Scrutiny Committee");
    assertThat(report.pack("committee-nowhere")).isEmpty();
  }

  @Test
  void namesACommitteeOnceAndTakesApostrophesOutOfAddresses() {
    Pack pack = Pack.committee(new ReportUnit(7, "Policy and Resources Scrutiny Committee"));
    assertThat(pack.name()).isEqualTo("Policy and Resources Scrutiny Committee");
    assertThat(pack.key()).isEqualTo("committee-policy-and-resources");
    assertThat(Pack.department(new ReportUnit(8, "Chief Executive's")).key())
        .isEqualTo("department-chief-executives");
    assertThat(new ReportUnit(9, "Finance & Resources").slug()).isEqualTo("finance-and-resources");
    assertThat(new ReportUnit(10, "***").slug()).as("nothing left of the name").isEqualTo("10");
  }

  @Test
  void aCommitteesCutHoldsOnlyItsIndicatorsActionsAndRevisions() {
    MonthlyReport place = report.cut(report.pack("committee-place").orElseThrow());

    assertThat(place.indicators()).extracting(ReportIndicator::code).containsExactly("12");
    assertThat(place.actions()).extracting(ReportAction::code).containsExactly("A2");
    assertThat(place.revisions()).extracting(ReportRevision::indicatorCode).containsExactly("12");
    assertThat(place.committees()).extracting(ReportUnit::name).containsExactly("Place");
    assertThat(place.departments()).as("every department still named").hasSize(3);
    assertThat(report.cut(Pack.all())).isSameAs(report);
  }

  @Test
  void aDepartmentsCutKeepsTheActionsItLeads() {
    MonthlyReport people = report.cut(report.pack("department-people").orElseThrow());

    assertThat(people.indicators()).extracting(ReportIndicator::code).containsExactly("1", "23");
    assertThat(people.actions()).extracting(ReportAction::code).containsExactly("A7");
    assertThat(people.revisions()).isEmpty();
  }

  @Test
  void countsCorporateStatusesNowAndLastMonthLeavingTheContextualBasketOut() {
    ReportSummary summary = report.summary();

    assertThat(summary.total().now()).isEqualTo(new ReportSummary.Counts(1, 0, 1, 1));
    assertThat(summary.total().before()).isEqualTo(new ReportSummary.Counts(0, 1, 1, 1));
    assertThat(summary.total().change("GREEN")).isEqualTo("+1");
    assertThat(summary.total().change("AMBER")).isEqualTo("\u22121");
    assertThat(summary.total().change("RED")).isEqualTo("no change");
    assertThat(summary.byDepartment())
        .extracting(ReportSummary.Row::name)
        .as("a department without corporate indicators has no row")
        .containsExactly("People", "Place");
    assertThat(summary.withoutStatus()).extracting(ReportIndicator::code).containsExactly("23");
    assertThat(report.contextual()).extracting(ReportIndicator::code).containsExactly("C1");
    assertThat(report.exceptions()).extracting(ReportIndicator::code).containsExactly("12");
  }

  @Test
  void aRedIndicatorIsIncompleteUntilBothPartsOfItsExceptionAreWritten() {
    ReportIndicator red = report.exceptions().get(0);
    assertThat(red.exceptionIncomplete()).isFalse();
    ReportIndicator withoutRecovery = withException(red, "A new contractor", " ");
    assertThat(withoutRecovery.exceptionIncomplete()).isTrue();
    assertThat(withException(red, "", "A plan").exceptionIncomplete()).isTrue();
  }

  @Test
  void readsMonthsOnlyInTheirOneForm() {
    assertThat(ReportMonths.parse("2016-11")).contains(YearMonth.of(2016, 11));
    assertThat(ReportMonths.parse("2016-13")).isEmpty();
    assertThat(ReportMonths.parse("2016-1")).isEmpty();
    assertThat(ReportMonths.parse("November")).isEmpty();
    assertThat(ReportMonths.parse(null)).isEmpty();
    assertThat(ReportMonths.longLabel(YearMonth.of(2016, 11))).isEqualTo("November 2016");
  }

  @Test
  void aSparklineReadsItsValuesAsTheyWereShown() {
    ReportIndicator satisfaction = report.corporate().get(0);
    String svg = ReportView.sparkline(satisfaction).svg();
    assertThat(svg).contains("aria-label=\"From ").contains("87.34%");
    assertThat(ReportView.of(report).corporate())
        .filteredOn(r -> r.indicator().code().equals("23"))
        .extracting(ReportView.Row::sparkline)
        .containsExactly("No figures");
    assertThat(ReportView.of(report).summaryGroups())
        .extracting(ReportView.Group::caption)
        .containsExactly(
            "All corporate indicators",
            "By department",
            "By corporate aim",
            "By scrutiny committee");
  }

  @Test
  void aSparklineShowsThirteenPeriodsAndBreaksWhereAFigureIsMissing() {
    ReportIndicator full = report.corporate().get(0);
    assertThat(ReportView.sparkline(full).table().rows()).hasSize(13);

    List<ReportIndicator.HistoryPoint> gappy = new java.util.ArrayList<>(full.history());
    gappy.remove(gappy.size() - 3);
    ReportIndicator withGap = SampleReports.withHistory(full, gappy);
    assertThat(ReportView.sparkline(withGap).table().rows())
        .hasSize(13)
        .filteredOn(row -> row.get(0).equals("Sep 2016"))
        .singleElement()
        .satisfies(row -> assertThat(row.get(1)).isNotEqualTo("87.34%"));
    assertThat(ReportView.sparkline(withGap).summary()).contains("1 period without a figure");

    List<ReportIndicator.HistoryPoint> quarterly =
        full.history().stream().filter(p -> p.lastMonth().getMonthValue() % 3 == 0).toList();
    assertThat(ReportView.sparkline(SampleReports.withHistory(full, quarterly)).table().rows())
        .as("steps of a quarter: one point each")
        .hasSize(quarterly.size())
        .noneMatch(row -> row.get(0).startsWith("period to"));
  }

  private static ReportIndicator withException(
      ReportIndicator i, String explanation, String recovery) {
    return SampleReports.withWords(i, i.commentary(), explanation, recovery);
  }
}
