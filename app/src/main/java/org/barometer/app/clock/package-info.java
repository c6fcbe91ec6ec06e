/** The application's one clock: UK time, optionally started at a stated date and time. */
package org.barometer.app.clock;
