/** The database: the embedded PostgreSQL for a zero-set-up start, or an external one. */
package org.barometer.app.database;
