/**
 * The indicator register: each indicator's definition (how it is measured, who owns it, where it
 * sits in the organisation), with every version of it kept.
 */
package org.barometer.app.indicator;
