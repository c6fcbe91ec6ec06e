package org.barometer.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.barometer.core.statistics.ConflictRule;
import org.barometer.core.statistics.Spc;
import org.barometer.core.statistics.SpcPolarity;
import org.barometer.core.statistics.SpcProfile;
import org.barometer.core.statistics.SpcReading;
import org.barometer.core.statistics.SpcSettings;
import org.barometer.core.statistics.SpcTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reading the body of POST /api/v1/spc, and the notes on its answer, without a server. */
class SpcRequestReaderTest {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  @Test
  void keepsEveryNumberAsTheDecimalWrittenAndAGapAsNull() {
    SpcRequestReader.Outcome read =
        read("{'values':[0.1,null,0.30,12345678.25],'polarity':'neither','target':0.2}");

    assertThat(read.errors()).isEmpty();
    assertThat(read.request().series().values())
        .containsExactly(
            new BigDecimal("0.10"), null, new BigDecimal("0.30"), new BigDecimal("12345678.25"));
    assertThat(read.request().target()).isEqualTo(SpcTarget.of(new BigDecimal("0.2")));
  }

  @Test
  void takesTheProfilesDefaultsAndOverridesOnlyTheKeysGiven() {
    SpcRequestReader.Outcome read =
        read(
            "{'values':[1,2,3],'polarity':'lower_is_better','settings':{'profile':'ptd',"
                + "'minimum_points':13,'conflict':'improvement_wins','recalculate_at':null}}");

    SpcSettings expected =
        SpcSettings.of(SpcProfile.PTD)
            .withMinimumPoints(13)
            .withConflict(ConflictRule.IMPROVEMENT_WINS);
    assertThat(read.request().settings()).isEqualTo(expected);
    assertThat(read.request().polarity()).isEqualTo(SpcPolarity.LOWER_IS_BETTER);
  }

  @Test
  void setsANullableSettingToNoneWhenGivenAsNull() {
    SpcRequestReader.Outcome read =
        read("{'values':[1,2,3],'polarity':'neither','settings':{'minimum_points':null}}");

    assertThat(read.request().settings()).isEqualTo(SpcSettings.mdc().withMinimumPoints(null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          values[0]: must be a number or null (a gap), not the text "abc"       | {'values':['abc'],'polarity':'neither'}
          values[0]: must be a number or null (a gap), not NaN                  | {'values':[NaN],'polarity':'neither'}
          values[0]: must be a number or null (a gap), not -Infinity            | {'values':[-Infinity],'polarity':'neither'}
          values[0]: is too large: at most 19 digits before the point           | {'values':[1e999999999],'polarity':'neither'}
          values[0]: has more than 18 decimals                                  | {'values':[1e-999999999],'polarity':'neither'}
          values: has no numbers, only gaps                                     | {'values':[null],'polarity':'neither'}
          polarity: must be one of higher_is_better, lower_is_better, neither, not missing | {'values':[1]}
          settings.shift_points: must be a whole number, not 6.5                | {'values':[1],'polarity':'neither','settings':{'shift_points':6.5}}
          settings.two_sigma_counts_points_beyond_limits: must be true or false, not 1 | {'values':[1],'polarity':'neither','settings':{'two_sigma_counts_points_beyond_limits':1}}
          target_range.high: 1 is below low 5: give low first                   | {'values':[1],'polarity':'neither','target_range':{'low':5,'high':1}}
          """)
  void saysWhatIsWrongWithTheField(String message, String body) {
    SpcRequestReader.Outcome read = read(body);

    assertThat(read.request()).isNull();
    assertThat(read.errors().values()).contains(message);
  }

  @Test
  void namesTheWrongValuesUpToFiftyAndCountsTheRest() {
    String values = String.join(",", java.util.Collections.nCopies(60, "'x'"));

    SpcRequestReader.Outcome read = read("{'values':[" + values + "],'polarity':'neither'}");

    assertThat(read.errors()).containsKey("values[49]").doesNotContainKey("values[50]");
    assertThat(read.errors().get("values"))
        .isEqualTo("values: 10 more values are not numbers, beyond those named");
  }

  @Test
  void notesGapsRecalculationsAndAPeriodWithoutValues() {
    SpcRequestReader.Outcome read =
        read(
            "{'values':[5,6,5,7,6,5,6,7,5,6,5,6,7,6,null,null,8],'polarity':'higher_is_better',"
                + "'settings':{'recalculate_at':[14]}}");

    List<String> notes =
        SpcReading.of(
                Spc.analyse(
                    read.request().series(),
                    read.request().polarity(),
                    read.request().target(),
                    read.request().settings()))
            .notes();

    assertThat(notes)
        .contains(
            "Fewer than 13 points in the latest period (1): limits, colours and icons are not shown",
            "The series has 2 gaps: moving ranges are not taken across a gap, so the limits cover"
                + " contiguous data only",
            "The limits are recalculated from index 14: each point is judged against its own"
                + " period's mean and limits, and runs of points may span a recalculation");
  }

  private static SpcRequestReader.Outcome read(String body) {
    return SpcRequestReader.read(JSON.readTree(body.replace('\'', '"')));
  }
}
