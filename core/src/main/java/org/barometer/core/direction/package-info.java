/**
 * Direction of travel: whether a reported figure is better or worse than the same figure for the
 * previous period, or for the same period last year.
 */
package org.barometer.core.direction;
