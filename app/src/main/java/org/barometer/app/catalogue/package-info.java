/**
 * The catalogue: departments and their services, scrutiny committees, corporate aims and their
 * priorities, indicators with their measures, their targets year by year with the decision behind
 * each, and corporate priority actions with their milestones. This package owns the CSV import of a
 * catalogue (see docs/import-formats.md) and the immutable records it produces; an import yields
 * the whole catalogue or every error found, never part of one. Printed text is kept beside every
 * value read from it. It also reads the action plan file that adds actions to a running plan
 * ({@code ImportActions}), with the same errors by row and column.
 */
package org.barometer.app.catalogue;
