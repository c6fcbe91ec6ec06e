package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.barometer.app.support.ApiClient;
import org.barometer.app.support.ApiPeople;
import org.barometer.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A personal token acts for its owner only while the owner could sign in. */
@IntegrationTest
class ApiTokenOwnerIT {

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired Clock clock;

  @Test
  void aTokenStopsWhileItsOwnerIsLockedAndWhileDisabled() {
    ApiPeople people =
        new ApiPeople(port, accounts, tokens, clock).person("token.owner", Role.PERFORMANCE_TEAM);
    ApiClient api = people.api("token.owner", ApiScope.READ);
    long id = accounts.byUsername("token.owner").orElseThrow().id();
    assertThat(api.get("/api/v1/indicators").statusCode()).isEqualTo(200);

    accounts.recordFailure("token.owner", 1, clock.instant().plus(Duration.ofMinutes(15)));
    int whileLocked = api.get("/api/v1/indicators").statusCode();
    accounts.recordSuccess("token.owner");
    int afterTheLock = api.get("/api/v1/indicators").statusCode();
    accounts.setEnabled(id, false);
    int whileDisabled = api.get("/api/v1/indicators").statusCode();
    accounts.setEnabled(id, true);

    assertThat(whileLocked).isEqualTo(401);
    assertThat(afterTheLock).isEqualTo(200);
    assertThat(whileDisabled).isEqualTo(401);
  }
}
