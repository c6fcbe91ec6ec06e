/**
 * Targets: single values, monthly profiles, monthly increments, ranges, "to be confirmed" and none;
 * the decision behind each; their history; and the target in force for a period.
 */
package org.barometer.core.target;
