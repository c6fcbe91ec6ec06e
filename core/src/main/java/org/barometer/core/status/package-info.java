/**
 * Status against target: green, amber or red with the indicator's tolerance, "no status" with its
 * reason, and a status overridden by the performance team with a required reason.
 */
package org.barometer.core.status;
