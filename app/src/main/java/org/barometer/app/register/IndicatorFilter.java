package org.barometer.app.register;

/**
 * The filters of the indicator list, each optional: department, aim, committee, status and owner,
 * as ids (status as {@code GREEN}, {@code AMBER}, {@code RED} or {@code NONE}).
 */
public record IndicatorFilter(
    Long department, Long aim, Long committee, String status, Long owner) {

  /** Whether an indicator passes every filter that is set. */
  public boolean admits(Judged judged) {
    var placement = judged.indicator().definition().placement();
    return matches(department, placement.departmentId().orElse(null))
        && matches(aim, placement.aimId().orElse(null))
        && matches(committee, placement.committeeId().orElse(null))
        && matches(owner, judged.indicator().definition().ownerUserId().orElse(null))
        && (status == null || status.isBlank() || status.equals(judged.statusKey()));
  }

  public boolean any() {
    return department != null
        || aim != null
        || committee != null
        || owner != null
        || (status != null && !status.isBlank());
  }

  private static boolean matches(Long wanted, Long actual) {
    return wanted == null || wanted.equals(actual);
  }
}
