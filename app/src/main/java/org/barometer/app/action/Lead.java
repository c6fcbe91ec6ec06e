package org.barometer.app.action;

import java.util.Objects;
import java.util.Optional;

/**
 * A lead directorate of an action.
 *
 * @param departmentId the department
 * @param serviceId the service within it, when the label names one
 * @param printedLabel the label as printed in the source
 */
public record Lead(long departmentId, Optional<Long> serviceId, String printedLabel) {

  public Lead {
    Objects.requireNonNull(serviceId, "serviceId");
    printedLabel = printedLabel == null ? "" : printedLabel;
  }
}
