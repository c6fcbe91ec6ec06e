/**
 * The indicator register: each indicator's definition (how it is measured, who owns it, where it
 * sits in the organisation), with every version of it kept. The performance team says who owns an
 * indicator; that is a new version of its definition.
 */
package org.barometer.app.indicator;
