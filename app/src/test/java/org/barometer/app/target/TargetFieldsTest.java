package org.barometer.app.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.core.indicator.AggregationKind;
import org.barometer.core.indicator.EntryBasis;
import org.barometer.core.indicator.Measure;
import org.barometer.core.indicator.Polarity;
import org.barometer.core.indicator.Unit;
import org.barometer.core.measurement.Figure;
import org.barometer.core.measurement.Measurement;
import org.barometer.core.measurement.Series;
import org.barometer.core.number.ExactValue;
import org.barometer.core.period.FinancialYear;
import org.barometer.core.period.Frequency;
import org.barometer.core.period.MonthPeriod;
import org.barometer.core.target.Target;
import org.barometer.core.target.TargetShape;
import org.junit.jupiter.api.Test;

class TargetFieldsTest {

  private static final FinancialYear YEAR = new FinancialYear(2017);
  private static final LocalDate TODAY = LocalDate.of(2017, 6, 1);
  private static final Measure PERCENT =
      Measure.of(Unit.PERCENTAGE, 1, Polarity.MAXIMISE, AggregationKind.SNAPSHOT);
  private static final Measure COUNT =
      Measure.of(Unit.COUNT, 0, Polarity.MINIMISE, AggregationKind.CUMULATIVE);
  private static final Measure RATE_TO_DATE =
      Measure.of(
          Unit.PERCENTAGE,
          1,
          Polarity.MAXIMISE,
          AggregationKind.CUMULATIVE,
          EntryBasis.YEAR_TO_DATE_RATE);

  private static final Measure COLLECTION =
      Measure.of(
          Unit.PERCENTAGE,
          2,
          Polarity.MAXIMISE,
          AggregationKind.CUMULATIVE,
          EntryBasis.YEAR_TO_DATE_TOTAL);

  private final Map<String, String> errors = new LinkedHashMap<>();

  @Test
  void readsASingleValueWithItsDecision() {
    TargetForm form =
        form("SINGLE").value("88.6").decided("19", "1", "2017").reference("Minute 5").build();

    TargetFields.Proposal proposal = TargetFields.read(form, PERCENT, YEAR, TODAY, errors).get();

    assertThat(errors).isEmpty();
    assertThat(proposal.target()).isEqualTo(new Target.SingleValue(new BigDecimal("88.6")));
    assertThat(proposal.appliesFrom()).isEqualTo(YearMonth.of(2017, 4));
    assertThat(proposal.decision().agreedBy()).isEqualTo("Cabinet");
    assertThat(proposal.decision().decidedOn()).contains(LocalDate.of(2017, 1, 19));
    assertThat(proposal.decision().reference()).isEqualTo("Minute 5");
  }

  @Test
  void acceptsThousandsSeparatorsAndAPercentSign() {
    assertThat(read(form("SINGLE").value("80%").build(), PERCENT))
        .contains(new Target.SingleValue(new BigDecimal("80")));
    assertThat(read(form("SINGLE").value("1,300").build(), COUNT))
        .contains(new Target.SingleValue(new BigDecimal("1300")));
  }

  @Test
  void refusesAPercentageAbove100AndANegativeCount() {
    assertThat(read(form("SINGLE").value("101").build(), PERCENT)).isEmpty();
    assertThat(errors).containsEntry("value", "A percentage cannot be above 100: 101");
    errors.clear();
    assertThat(read(form("SINGLE").value("-5").build(), COUNT)).isEmpty();
    assertThat(errors).containsEntry("value", "A count cannot be negative: -5");
  }

  @Test
  void readsARangeAndRefusesOneUpsideDown() {
    assertThat(read(form("RANGE").low("57.3").high("68.3").build(), PERCENT))
        .contains(new Target.Range(new BigDecimal("57.3"), new BigDecimal("68.3")));
    assertThat(read(form("RANGE").low("68.3").high("57.3").build(), PERCENT)).isEmpty();
    assertThat(errors)
        .containsEntry("high", "The top of the range (57.3) is below its bottom (68.3)");
  }

  @Test
  void readsAMonthlyStepFromItsYearEndValue() {
    Optional<Target> step =
        read(form("INCREMENT").yearEnd("35,000").perMonth("1,250").build(), COUNT);

    assertThat(step)
        .contains(new Target.MonthlyIncrement(new BigDecimal("20000"), new BigDecimal("1250")));
  }

  @Test
  void refusesAStepThatWouldStartACountBelowZero() {
    assertThat(read(form("INCREMENT").yearEnd("1000").perMonth("100").build(), COUNT)).isEmpty();
    assertThat(errors.get("perMonth"))
        .isEqualTo(
            "Twelve steps of 100 would start the year at -200: A count cannot be negative: -200");
  }

  @Test
  void readsTwelveMonthsAndNamesTheMonthThatIsWrong() {
    List<String> months = new ArrayList<>(Collections.nCopies(12, "10"));
    assertThat(read(form("PROFILE").months(months).build(), COUNT))
        .hasValueSatisfying(
            t -> assertThat(((Target.MonthlyProfile) t).month(12)).isEqualTo(ExactValue.of(10)));
    months.set(3, "ten");
    assertThat(read(form("PROFILE").months(months).build(), COUNT)).isEmpty();
    assertThat(errors)
        .containsEntry("months[3]", "The July target must be a number, like 87.34, not 'ten'");
  }

  @Test
  void refusesAProfileWithoutTwelveMonths() {
    assertThat(read(form("PROFILE").months(List.of("1", "2")).build(), COUNT)).isEmpty();
    assertThat(errors)
        .containsEntry("months", "A monthly profile has 12 values, April to March, not 2");
  }

  @Test
  void readsToBeConfirmedAndNone() {
    assertThat(read(form("TBC").note(" awaiting Cabinet ").build(), PERCENT))
        .contains(new Target.ToBeConfirmed("awaiting Cabinet"));
    assertThat(read(form("NONE").build(), PERCENT)).contains(new Target.NoTarget());
  }

  @Test
  void refusesAnUnknownKindAMonthOutsideTheYearAndNoAgreement() {
    TargetForm form = form("ANNUAL").appliesFrom("2018-04").agreedBy(" ").build();

    assertThat(TargetFields.read(form, PERCENT, YEAR, TODAY, errors)).isEmpty();

    assertThat(errors)
        .containsEntry("kind", "Choose the kind of target")
        .containsKey("agreedBy")
        .containsEntry(
            "appliesFrom",
            "Choose the month of 2017/18 from which the target applies, like 2017-04");
  }

  @Test
  void refusesADecisionDatedAfterToday() {
    TargetForm form = form("NONE").decided("2", "6", "2017").build();

    assertThat(TargetFields.read(form, PERCENT, YEAR, TODAY, errors)).isEmpty();
    assertThat(errors).containsKey("decidedOn");
  }

  @Test
  void fillsAGrowingProfileFromZeroThroughTheTypedMonths() {
    List<String> months = new ArrayList<>(Collections.nCopies(12, ""));
    months.set(7, "5078");
    months.set(11, "7389");

    List<String> filled =
        TargetFields.fillProfile(form("PROFILE").months(months).build(), COUNT, errors).get();

    assertThat(filled.get(0)).isEqualTo("634.75");
    assertThat(filled.get(7)).isEqualTo("5078");
    assertThat(filled.get(8)).isEqualTo("5655.75");
  }

  @Test
  void fillsARateToDateFromZeroAndASnapshotFlatBeforeItsFirstTypedMonth() {
    List<String> months = new ArrayList<>(Collections.nCopies(12, ""));
    months.set(11, "97");
    assertThat(
            TargetFields.fillProfile(form("PROFILE").months(months).build(), RATE_TO_DATE, errors))
        .hasValueSatisfying(f -> assertThat(f.get(0)).isEqualTo("8.083"));

    months.set(5, "80");
    List<String> flat =
        TargetFields.fillProfile(form("PROFILE").months(months).build(), PERCENT, errors).get();
    assertThat(flat.subList(0, 6)).containsOnly("80");
    assertThat(flat.get(8)).isEqualTo("88.5");
  }

  @Test
  void needsMarchToFillAProfile() {
    List<String> months = new ArrayList<>(Collections.nCopies(12, ""));
    months.set(7, "5078");
    assertThat(TargetFields.fillProfile(form("PROFILE").months(months).build(), COUNT, errors))
        .isEmpty();
    assertThat(errors).containsKey("months[11]");
  }

  @Test
  void spreadsAYearEndTargetInTheShapeOfTheEarlierYearsChosenAndSaysSo() {
    // given 2015/16 collected 72 of a year-end 97 by November
    Series history =
        Series.of(Frequency.MONTHLY, rising("2015-04", "10 20 30 40 50 60 66 72 80 88 94 97"));
    TargetForm form = form("SHAPED").shapedLike("97.2", "2015-16").build();

    TargetFields.Proposal proposal =
        TargetFields.read(
                form,
                COLLECTION,
                YEAR,
                TODAY,
                years -> TargetShape.of(COLLECTION, history, years),
                errors)
            .orElseThrow();

    assertThat(errors).isEmpty();
    Target.MonthlyProfile profile = (Target.MonthlyProfile) proposal.target();
    assertThat(profile.month(8)).isEqualTo(ExactValue.of("72.15"));
    assertThat(profile.month(12)).isEqualTo(ExactValue.of("97.2"));
    assertThat(TargetKind.of(profile)).isEqualTo(TargetKind.PROFILE);
    assertThat(proposal.reason())
        .isEqualTo(
            "Each month's target is 97.20% in the shape of 2015/16: the share of the year-end"
                + " figure reached by each month");
  }

  @Test
  void refusesAShapeFromNoYearALaterYearOrAYearWithoutFigures() {
    TargetFields.Shapes none =
        years -> new TargetShape.Refused("2016/17 has no complete figure for Dec 2016");

    read(form("SHAPED").shapedLike("97.2").build(), COLLECTION);
    String noYear = errors.remove("shapeYears");
    read(form("SHAPED").shapedLike("97.2", "2017-18").build(), COLLECTION);
    String sameYear = errors.remove("shapeYears");
    TargetFields.read(
        form("SHAPED").shapedLike("97.2", "2016-17").build(),
        COLLECTION,
        YEAR,
        TODAY,
        none,
        errors);

    assertThat(noYear).isEqualTo("Choose at least one earlier year to take the shape from");
    assertThat(sameYear).isEqualTo("The shape comes from years before 2017/18, not 2017/18");
    assertThat(errors).containsEntry("shapeYears", "2016/17 has no complete figure for Dec 2016");
  }

  private static List<Measurement> rising(String from, String values) {
    List<Measurement> figures = new ArrayList<>();
    YearMonth month = YearMonth.parse(from);
    for (String value : values.split(" ")) {
      figures.add(Measurement.of(new MonthPeriod(month), new Figure.Plain(new BigDecimal(value))));
      month = month.plusMonths(1);
    }
    return figures;
  }

  private Optional<Target> read(TargetForm form, Measure measure) {
    return TargetFields.read(form, measure, YEAR, TODAY, errors).map(TargetFields.Proposal::target);
  }

  private static Builder form(String kind) {
    return new Builder(kind);
  }

  /** A form as a person would fill it: agreed by Cabinet, from April, unless said otherwise. */
  private static final class Builder {
    private final String kind;
    private String value = "";
    private String low = "";
    private String high = "";
    private String yearEnd = "";
    private String perMonth = "";
    private List<String> months = List.of();
    private String note = "";
    private String appliesFrom = "2017-04";
    private String agreedBy = "Cabinet";
    private String[] decided = {"", "", ""};
    private String reference = "";
    private String shapeYearEnd = "";
    private List<String> shapeYears = List.of();

    Builder(String kind) {
      this.kind = kind;
    }

    Builder value(String v) {
      value = v;
      return this;
    }

    Builder low(String v) {
      low = v;
      return this;
    }

    Builder high(String v) {
      high = v;
      return this;
    }

    Builder yearEnd(String v) {
      yearEnd = v;
      return this;
    }

    Builder perMonth(String v) {
      perMonth = v;
      return this;
    }

    Builder months(List<String> v) {
      months = v;
      return this;
    }

    Builder note(String v) {
      note = v;
      return this;
    }

    Builder appliesFrom(String v) {
      appliesFrom = v;
      return this;
    }

    Builder agreedBy(String v) {
      agreedBy = v;
      return this;
    }

    Builder decided(String day, String month, String year) {
      decided = new String[] {day, month, year};
      return this;
    }

    Builder reference(String v) {
      reference = v;
      return this;
    }

    Builder shapedLike(String yearEnd, String... years) {
      shapeYearEnd = yearEnd;
      shapeYears = List.of(years);
      return this;
    }

    TargetForm build() {
      return new TargetForm(
          kind,
          value,
          low,
          high,
          yearEnd,
          perMonth,
          months,
          note,
          appliesFrom,
          "",
          agreedBy,
          decided[0],
          decided[1],
          decided[2],
          reference,
          "",
          0L,
          shapeYearEnd,
          shapeYears);
    }
  }
}
