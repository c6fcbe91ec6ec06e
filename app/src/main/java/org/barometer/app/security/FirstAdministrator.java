package org.barometer.app.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.barometer.app.audit.AuditEvent;
import org.barometer.app.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator, {@code admin}, when there is none, also in the performance team
 * so that a new installation can be run from the start: with the password given in {@code
 * BAROMETER_ADMIN_PASSWORD}, or with a generated one printed once in the log. A given password must
 * pass the rules of every password (AccountFields), or the application does not start.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

  static final String USERNAME = "admin";
  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final UserAccounts accounts;
  private final PasswordEncoder encoder;
  private final AuditTrail audit;
  private final Clock clock;
  private final String givenPassword;

  FirstAdministrator(
      UserAccounts accounts,
      PasswordEncoder encoder,
      AuditTrail audit,
      Clock clock,
      @Value("${barometer.admin.password:}") String givenPassword) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
    this.givenPassword = givenPassword;
  }

  /** What is wrong with a given first password, by the rules of every other password. */
  static Optional<String> refusal(String given) {
    Map<String, String> errors = new LinkedHashMap<>();
    AccountFields.password("password", given, USERNAME, errors);
    return Optional.ofNullable(errors.get("password"));
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    accounts.lockForFirstStart();
    if (accounts.anyWithRole(Role.ADMINISTRATOR)) {
      return;
    }
    boolean generated = givenPassword.isBlank();
    if (!generated) {
      refusal(givenPassword)
          .ifPresent(
              why -> {
                throw new IllegalStateException(
                    "BAROMETER_ADMIN_PASSWORD (barometer.admin.password) is refused: "
                        + why
                        + ". Give another, or none to have one made up and logged once.");
              });
    }
    String password = generated ? RandomPassword.next() : givenPassword;
    long id =
        accounts.add(
            USERNAME,
            "Administrator",
            null,
            encoder.encode(password),
            Set.of(Role.ADMINISTRATOR, Role.PERFORMANCE_TEAM),
            clock.instant());
    audit.record(
        new AuditEvent(
            clock.instant(),
            "system",
            "user.created",
            "user",
            Long.toString(id),
            null,
            "{\"username\":\"admin\",\"roles\":[\"ADMINISTRATOR\",\"PERFORMANCE_TEAM\"]}",
            "first start: no administrator existed"));
    if (generated) {
      log.warn(
          "Created the first administrator '{}' with the password {} : it is shown only this once;"
              + " sign in and change it",
          USERNAME,
          password);
    } else {
      log.info("Created the first administrator '{}' with the given password", USERNAME);
    }
  }
}
