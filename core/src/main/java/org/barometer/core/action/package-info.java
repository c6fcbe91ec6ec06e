/**
 * Corporate priority actions: their due dates and dated milestones, the owner's monthly progress,
 * and the action's status in the report (red, amber, green, not started, completed, or cancelled or
 * deferred), each with its reason in plain English, as in section 10 of the domain rules.
 */
package org.barometer.core.action;
