package org.barometer.app.publication;

import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How residents reach the council's performance team about the public site: an email address and a
 * telephone number, as the accessibility statement gives them (the accessibility regulations ask a
 * statement for both ways of asking for another format and of reporting a problem). Set for the
 * installation with {@code BAROMETER_PUBLIC_CONTACT_EMAIL} and {@code
 * BAROMETER_PUBLIC_CONTACT_PHONE}; until then the statement points to the council's usual contact
 * channels. An address that is not one stops Barometer starting, saying which setting is wrong.
 */
@Component
public class PublicContact {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("[0-9+() ]{6,30}");

  private final String email;
  private final String phone;

  PublicContact(
      @Value("${barometer.public.contact.email:}") String email,
      @Value("${barometer.public.contact.phone:}") String phone) {
    this.email = email.strip();
    this.phone = phone.strip();
    if (!this.email.isEmpty() && !EMAIL.matcher(this.email).matches()) {
      throw new IllegalStateException(
          "barometer.public.contact.email (BAROMETER_PUBLIC_CONTACT_EMAIL) is not an email address: '"
              + this.email
              + "'");
    }
    if (!this.phone.isEmpty() && !PHONE.matcher(this.phone).matches()) {
      throw new IllegalStateException(
          "barometer.public.contact.phone (BAROMETER_PUBLIC_CONTACT_PHONE) is not a telephone"
              + " number (digits, spaces, brackets and +): '"
              + this.phone
              + "'");
    }
  }

  /** The email address, or empty. */
  public String email() {
    return email;
  }

  /** The telephone number, or empty. */
  public String phone() {
    return phone;
  }

  /** Whether either is set. */
  public boolean given() {
    return !email.isEmpty() || !phone.isEmpty();
  }
}
