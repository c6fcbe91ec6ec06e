/** The front page and the site's shared layout. */
package org.barometer.app.home;
