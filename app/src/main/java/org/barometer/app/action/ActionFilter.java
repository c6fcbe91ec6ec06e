package org.barometer.app.action;

/**
 * The filters of the action list, each optional: aim, directorate (department) and scrutiny
 * committee as ids, status as {@link JudgedAction#statusKey()} names it.
 */
public record ActionFilter(Long aim, Long department, String status, Long committee) {

  /** Whether an action passes every filter that is set; a joint action is in each of its leads. */
  public boolean admits(JudgedAction judged) {
    ActionDefinition d = judged.definition();
    return (aim == null || d.aimId().filter(aim::equals).isPresent())
        && (department == null || d.leads().stream().anyMatch(l -> l.departmentId() == department))
        && (status == null || status.isBlank() || status.equals(judged.statusKey()))
        && (committee == null || d.committeeId().filter(committee::equals).isPresent());
  }
}
