package org.barometer.app.security;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the fields of the account forms, adding what is wrong, by field, to {@code errors}. The
 * rules match the database's own checks, so a form that passes here is never refused by them.
 */
final class AccountFields {

  static final int SHORTEST_PASSWORD = 12;
  private static final int LONGEST_PASSWORD_BYTES = 72;
  private static final int LONGEST_REASON = 1000;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{2,100}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private AccountFields() {}

  static void username(String username, Map<String, String> errors) {
    if (username.isEmpty()) {
      errors.put("username", "Enter a username");
    } else if (!USERNAME.matcher(username).matches()) {
      errors.put(
          "username",
          "The username must be 2 to 100 characters: lower-case letters, digits, and . _ @ or -");
    }
  }

  static void displayName(String name, Map<String, String> errors) {
    if (name.isEmpty()) {
      errors.put("displayName", "Enter the person's name");
    } else if (name.length() > 200) {
      errors.put("displayName", "The name must be 200 characters or fewer");
    }
  }

  /** An email address is optional; one that is given must look like one. */
  static void email(String email, Map<String, String> errors) {
    if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      errors.put("email", "Enter an email address in the correct format, like name@example.gov.uk");
    }
  }

  /** The roles chosen, by name; at least one is needed. */
  static Set<Role> roles(List<String> chosen, Map<String, String> errors) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : chosen) {
      try {
        roles.add(Role.valueOf(name));
      } catch (IllegalArgumentException notARole) {
        errors.put("roles", "Choose roles from the list");
        return roles;
      }
    }
    if (roles.isEmpty()) {
      errors.put("roles", "Choose at least one role");
    }
    return roles;
  }

  /**
   * A new password: long enough to resist guessing, not one of the common passwords that are
   * guessed first (the NCSC's advice, rather than rules on kinds of character), and short enough
   * for bcrypt to use it all. Every way of setting a password checks it here.
   */
  static void password(String field, String password, String username, Map<String, String> errors) {
    if (password.length() < SHORTEST_PASSWORD) {
      errors.put(field, "The password must be at least " + SHORTEST_PASSWORD + " characters");
    } else if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_PASSWORD_BYTES) {
      errors.put(
          field, "The password must be 72 characters or fewer (an accented letter counts as two)");
    } else if (password.equalsIgnoreCase(username)) {
      errors.put(field, "The password must not be the username");
    } else if (CommonPasswords.contains(password)) {
      errors.put(
          field,
          "This password is on a list of common passwords that are guessed first: choose another,"
              + " such as three or four random words");
    }
  }

  /** Why a change is made: required, as the audit trail keeps it. */
  static void reason(String reason, Map<String, String> errors) {
    if (reason.isEmpty()) {
      errors.put("reason", "Say why you are making this change");
    } else if (reason.length() > LONGEST_REASON) {
      errors.put("reason", "The reason must be " + LONGEST_REASON + " characters or fewer");
    }
  }
}
