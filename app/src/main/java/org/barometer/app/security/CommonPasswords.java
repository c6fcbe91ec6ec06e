package org.barometer.app.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The common passwords that no new password may be, whatever their case: the list shipped in {@code
 * security/common-passwords.txt} (its README says where it comes from), read once.
 */
final class CommonPasswords {

  private static final String LIST = "/security/common-passwords.txt";

  private CommonPasswords() {}

  /** Whether the password is on the list, compared without regard to case. */
  static boolean contains(String password) {
    return Loaded.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
  }

  /** Read on first use, not when an account form is first checked for its username. */
  private static final class Loaded {
    static final Set<String> PASSWORDS = read();
  }

  private static Set<String> read() {
    try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("The list of common passwords is missing: " + LIST);
      }
      Set<String> passwords = new HashSet<>(40_000);
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        passwords.add(line);
      }
      return Set.copyOf(passwords);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + LIST, e);
    }
  }
}
