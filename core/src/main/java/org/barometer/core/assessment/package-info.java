/**
 * The whole judgement of one indicator for a report month: its latest figure with its own period,
 * the target for that period, its status, both directions of travel and its year-end forecast. This
 * is what pages, exports and reports show.
 */
package org.barometer.core.assessment;
