package org.barometer.app.organisation;

import java.util.Optional;

/**
 * A part of the organisation as checked, ready to store.
 *
 * @param name its name
 * @param detail its full name or note, or empty
 * @param parentId its department or aim
 */
record UnitEntry(String name, String detail, Optional<Long> parentId) {}
