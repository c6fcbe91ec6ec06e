/**
 * The organisation's structure: departments and their services, scrutiny committees, corporate aims
 * and their priorities.
 */
package org.barometer.app.organisation;
