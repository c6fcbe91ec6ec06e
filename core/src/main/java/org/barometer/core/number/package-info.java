/** Exact arithmetic for figures and targets, and their display. */
package org.barometer.core.number;
