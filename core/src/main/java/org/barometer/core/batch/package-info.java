/**
 * The batch path: cumulative figure, status and direction of travel for many indicator-months at
 * once, on columns of scaled longs ({@link org.barometer.core.batch.Scaled}), for catalogues too
 * large for the exact path's objects. It implements the same rules as the exact path, and a
 * property test holds the two to the same answers; it keeps only the outcomes, so the exact path
 * still gives the reason for any one figure.
 */
package org.barometer.core.batch;
