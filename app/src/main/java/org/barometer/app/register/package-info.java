/**
 * The register's pages: the list of indicators with their status for a month, filtered by
 * department, aim, committee, status and owner, and each indicator's page with its definition,
 * targets, figures, status with its reason, direction of travel, forecast and history.
 */
package org.barometer.app.register;
