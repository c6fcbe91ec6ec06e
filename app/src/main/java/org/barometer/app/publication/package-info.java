/**
 * The public site and open data: published editions of the Monthly Performance Report, their
 * indicators and actions as published, their files, and open data with CSVW metadata under the Open
 * Government Licence. Nothing here reads a live figure or a draft: every page is drawn from a
 * published edition ({@link org.barometer.app.report.Edition}), which never changes.
 */
package org.barometer.app.publication;
