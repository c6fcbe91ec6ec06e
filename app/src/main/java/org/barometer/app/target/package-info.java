/**
 * Targets per indicator per year, of every kind, with the decision behind each and every version
 * kept: a changed target never overwrites the old one.
 */
package org.barometer.app.target;
