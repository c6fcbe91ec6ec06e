/**
 * The JSON API under {@code /api/v1}, documented with OpenAPI at {@code /v3/api-docs} (and
 * browsable at {@code /swagger-ui.html}): indicators with their status, figures entered and
 * approved by programs. Requests carry a personal API token; errors are RFC 9457 problem details.
 */
package org.barometer.app.api;
