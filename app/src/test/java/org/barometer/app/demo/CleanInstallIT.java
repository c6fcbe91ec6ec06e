package org.barometer.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.barometer.app.indicator.Indicators;
import org.barometer.app.security.UserAccounts;
import org.barometer.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(properties = "barometer.demo-data=false")
class CleanInstallIT {

  @Autowired Indicators indicators;
  @Autowired UserAccounts accounts;

  @Test
  void startsWithoutDemoDataButWithAnAdministrator() {
    assertThat(indicators.isEmpty()).isTrue();
    assertThat(accounts.byUsername("admin")).isPresent();
  }
}
