/**
 * The figures collected for each indicator and period, with their state (draft, submitted,
 * returned, approved) and commentary. Only approved figures feed status.
 */
package org.barometer.app.measurement;
