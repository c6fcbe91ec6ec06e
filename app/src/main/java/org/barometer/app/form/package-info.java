/**
 * Reading what people type into forms and API fields: numbers with their thousands separators,
 * dates in three parts. Every reader names the field that is wrong and says why.
 */
package org.barometer.app.form;
