package org.barometer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import org.barometer.app.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Within a request an account is read once; a change through UserAccounts, or a new request, reads
 * again.
 */
@IntegrationTest
class AccountsReadOnceIT {

  @Autowired UserAccounts accounts;
  @Autowired Access access;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @AfterEach
  void endRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void readsAnAccountOnceARequestAndAgainAfterAChange() {
    long id =
        accounts
            .byUsername("read.once")
            .map(UserAccount::id)
            .orElseGet(
                () ->
                    accounts.add(
                        "read.once",
                        "Read Once",
                        "read.once@example.org",
                        "x",
                        Set.of(Role.COUNCILLOR),
                        clock.instant()));
    startRequest();
    assertThat(access.mayApprove("read.once")).isFalse();

    jdbc.sql("insert into user_role (user_id, role) values (?, 'PERFORMANCE_TEAM')")
        .param(id)
        .update();
    assertThat(access.mayApprove("read.once")).as("read once in this request").isFalse();

    startRequest();
    assertThat(access.mayApprove("read.once")).as("the next request reads again").isTrue();

    accounts.replaceRoles(id, Set.of(Role.COUNCILLOR));
    assertThat(access.mayApprove("read.once")).as("a change forgets what was read").isFalse();
  }

  private static void startRequest() {
    RequestContextHolder.setRequestAttributes(
        new ServletRequestAttributes(new MockHttpServletRequest("GET", "/")));
  }
}
