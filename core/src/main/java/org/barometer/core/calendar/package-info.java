/**
 * Working days in England and Wales, and when a period's figure is due: by default the Nth working
 * day after the period ends (domain.md section 12).
 */
package org.barometer.core.calendar;
