/**
 * Corporate priority actions: their definitions, lead directorates and dated milestones, the
 * owner's monthly progress with its approval by the performance team, and each action's status with
 * its reason, judged by the core's {@code ActionRule} from approved progress only; who owns and
 * leads each action, revised dates and completed milestones, and the lists that chase them (an
 * owner's actions, milestones overdue and due soon).
 */
package org.barometer.app.action;
