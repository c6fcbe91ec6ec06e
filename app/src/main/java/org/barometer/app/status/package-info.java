/**
 * Statuses set by hand: the performance team may override a computed status for one period, with a
 * required reason; the computed status is kept beside it and every override is kept.
 */
package org.barometer.app.status;
