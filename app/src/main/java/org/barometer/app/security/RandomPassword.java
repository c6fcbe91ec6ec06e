package org.barometer.app.security;

import java.security.SecureRandom;
import java.util.Base64;

/** A strong password made up for a person, shown to an administrator once and never stored. */
final class RandomPassword {

  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomPassword() {}

  /** 24 characters of letters, digits, {@code -} and {@code _}: 144 random bits. */
  static String next() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
