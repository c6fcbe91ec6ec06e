package org.barometer.core.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.barometer.core.fixture.Values.exact;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExactValueTest {

  @ParameterizedTest(name = "{0} rounds to {2} at {1} decimals")
  @CsvSource(
      textBlock =
          """
          2.345,          2, 2.35
          2.344999,       2, 2.34
          0.125,          2, 0.13
          0.05,           1, 0.1
          0.04999,        1, 0.0
          72.65,          1, 72.7
          -2.345,         2, -2.35
          2/3,            2, 0.67
          1/6,            1, 0.2
          104000/12,      2, 8666.67
          104000/12,      0, 8667
          80.004,         2, 80.00
          80.005,         2, 80.01
          """)
  void roundsHalfUpOnlyWhenAskedForDisplay(String value, int decimals, String expected) {
    // given
    ExactValue exact = exact(value);

    // when
    BigDecimal rounded = exact.round(decimals);

    // then
    assertThat(rounded).isEqualByComparingTo(expected);
    assertThat(rounded.scale()).isEqualTo(decimals);
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(
      textBlock =
          """
          0.1,  0.2,  0.3
          1/3,  2/3,  1
          1/3,  1/6,  1/2
          -1/3, 1/3,  0
          1/7,  0.5,  9/14
          """)
  void addsWithoutLosingPrecision(String a, String b, String sum) {
    // when
    ExactValue result = exact(a).add(exact(b));

    // then
    assertThat(result).isEqualTo(exact(sum));
    assertThat(result).hasSameHashCodeAs(exact(sum));
  }

  @Test
  void keepsAThirdExactSoThatThreeThirdsMakeOne() {
    // given
    ExactValue third = ExactValue.ONE.divide(3);

    // when
    ExactValue whole = third.add(third).add(third);

    // then
    assertThat(whole).isEqualTo(ExactValue.ONE);
    assertThat(third.multiply(ExactValue.of(3))).isEqualTo(ExactValue.ONE);
  }

  @ParameterizedTest(name = "{0} compared with {1} is {2}")
  @CsvSource(
      textBlock =
          """
          1/3,  0.3333333333333333333333,  1
          1/3,  0.3333333333333333333334, -1
          2/6,  1/3,                       0
          1/-3, 0,                        -1
          -1/-3, 1/3,                      0
          75.8, 75.80,                     0
          """)
  void comparesExactlyEvenWhenDecimalsRunForever(String a, String b, int sign) {
    // when
    int comparison = exact(a).compareTo(exact(b));

    // then
    assertThat(Integer.signum(comparison)).isEqualTo(sign);
    assertThat(exact(a).equals(exact(b))).isEqualTo(sign == 0);
  }

  @Test
  void refusesAZeroDenominatorSoThatCallersDecideWhatItMeans() {
    assertThatThrownBy(() -> ExactValue.fraction(BigDecimal.ONE, BigDecimal.ZERO))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> ExactValue.ONE.divide(ExactValue.ZERO))
        .isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest(name = "{0}: sign {1}, abs {2}, negated {3}")
  @CsvSource(
      textBlock =
          """
          1/-3, -1, 1/3,  1/3
          -2.5, -1, 2.5,  2.5
          0,     0, 0,    0
          7/2,   1, 3.5, -3.5
          """)
  void knowsItsSign(String value, int signum, String abs, String negated) {
    // given
    ExactValue exact = exact(value);

    // then
    assertThat(exact.signum()).isEqualTo(signum);
    assertThat(exact.isZero()).isEqualTo(signum == 0);
    assertThat(exact.abs()).isEqualTo(exact(abs));
    assertThat(exact.negate()).isEqualTo(exact(negated));
  }

  @ParameterizedTest(name = "min and max of {0} and {1}")
  @CsvSource(
      textBlock =
          """
          1/3, 0.3, 0.3, 1/3
          -1,  2,   -1,  2
          """)
  void picksTheSmallerAndTheLarger(String a, String b, String min, String max) {
    assertThat(exact(a).min(exact(b))).isEqualTo(exact(min));
    assertThat(exact(a).max(exact(b))).isEqualTo(exact(max));
    assertThat(exact(b).min(exact(a))).isEqualTo(exact(min));
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource(
      textBlock =
          """
          87.340,     87.34
          1/4,        0.25
          1/3,        1/3
          1200,       1200
          """)
  void printsAPlainDecimalWhenThereIsOne(String value, String printed) {
    assertThat(exact(value).toString()).isEqualTo(printed);
  }

  @Test
  void multipliesByADecimalFactor() {
    // when
    ExactValue percent = ExactValue.fraction(new BigDecimal("45"), new BigDecimal("50"));

    // then
    assertThat(percent.multiply(new BigDecimal("100"))).isEqualTo(ExactValue.of(90));
    assertThat(percent.toDouble()).isEqualTo(0.9);
  }
}
