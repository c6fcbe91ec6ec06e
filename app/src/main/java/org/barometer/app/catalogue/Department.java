package org.barometer.app.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A department of the council and its services.
 *
 * @param name its short name, the key used across the catalogue: {@code People}
 * @param fullName its name in full: {@code Department for People}
 * @param services its services, in the order of the file
 */
public record Department(String name, String fullName, List<Service> services) {

  public Department {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fullName, "fullName");
    services = List.copyOf(services);
  }
}
