package org.barometer.app.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicContactTest {

  @Test
  void givesAnAddressAndANumberOrNeither() {
    PublicContact both = new PublicContact(" performance@example.gov.uk ", "01702 215000");
    PublicContact none = new PublicContact("", "");

    assertThat(both.given()).isTrue();
    assertThat(both.email()).isEqualTo("performance@example.gov.uk");
    assertThat(both.phone()).isEqualTo("01702 215000");
    assertThat(none.given()).isFalse();
    assertThat(new PublicContact("", "+44 (0)1702 215000").given()).isTrue();
  }

  @Test
  void refusesToStartWithAnAddressOrNumberThatIsNotOneAndSaysWhichSetting() {
    assertThatThrownBy(() -> new PublicContact("performance team", ""))
        .hasMessageContaining("BAROMETER_PUBLIC_CONTACT_EMAIL")
        .hasMessageContaining("'performance team'");
    assertThatThrownBy(() -> new PublicContact("", "call us"))
        .hasMessageContaining("BAROMETER_PUBLIC_CONTACT_PHONE")
        .hasMessageContaining("'call us'");
  }
}
