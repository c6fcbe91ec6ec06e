/**
 * Barometer's calculation core: how a collected figure becomes a reported figure, a status against
 * target, a direction of travel and a year-end forecast. Plain Java with no framework; every
 * function is pure and every value immutable. The rules are those of the product's domain
 * specification, sections 1 to 8; each result carries a plain-English reason.
 */
package org.barometer.core;
