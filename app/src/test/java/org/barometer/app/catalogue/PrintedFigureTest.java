package org.barometer.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedFigureTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "87.34% (Nov)                             | 87.34   | ",
        "50.56%* (Nov)                            | 50.56   | ",
        "20,413 (Nov)                             | 20413   | ",
        "2,811,187 (Nov)                          | 2811187 | ",
        "11,310 (against target of 8,667) Nov     | 11310   | 8667",
        "548 (against target of 750) Nov          | 548     | 750",
        "5719 (against target of 5078) (Nov 16)   | 5719    | 5078"
      })
  void readsTheFigureAsPrinted(String printed, BigDecimal value, BigDecimal against) {
    PrintedFigure figure = PrintedFigure.read(printed).orElseThrow();

    assertThat(figure.value()).isEqualByComparingTo(value);
    assertThat(figure.month()).isEqualTo(Month.NOVEMBER);
    assertThat(figure.against().orElse(null)).isEqualTo(against);
  }

  @Test
  void readsTheTwoDigitYearWhenPrinted() {
    assertThat(
            PrintedFigure.read("5719 (against target of 5078) (Nov 16)")
                .orElseThrow()
                .yearOfCentury())
        .contains(16);
    assertThat(PrintedFigure.read("87.34% (Nov)").orElseThrow().yearOfCentury()).isEmpty();
  }

  @Test
  void readsNotApplicableAsNoFigure() {
    assertThat(PrintedFigure.read("N/A")).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"87.34%", "about 80 (Nov)", "87.34% (Nox)", ""})
  void refusesWhatItCannotRead(String printed) {
    assertThatIllegalArgumentException().isThrownBy(() -> PrintedFigure.read(printed));
  }
}
