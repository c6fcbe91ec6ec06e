package org.barometer.app.indicator;

import java.util.Optional;

/**
 * Where an indicator sits in the organisation, by id.
 *
 * @param departmentId its department
 * @param serviceId its service within the department
 * @param serviceLabel the service's name as printed in the indicator's source
 * @param committeeId the scrutiny committee that looks at it
 * @param aimId the corporate aim it serves
 */
public record Placement(
    Optional<Long> departmentId,
    Optional<Long> serviceId,
    String serviceLabel,
    Optional<Long> committeeId,
    Optional<Long> aimId) {

  public Placement {
    serviceLabel = serviceLabel == null ? "" : serviceLabel;
  }

  public static Placement nowhere() {
    return new Placement(
        Optional.empty(), Optional.empty(), "", Optional.empty(), Optional.empty());
  }
}
