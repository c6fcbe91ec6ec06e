/**
 * Demonstration data: a deterministic, clearly labelled synthetic monthly history that ends on a
 * real published figure, so that the demo's reports show the seed report's own numbers.
 */
package org.barometer.app.demo;
