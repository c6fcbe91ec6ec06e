package org.barometer.core.archfixture;

import org.barometer.app.BarometerApplication;

/**
 * A class in the core's packages that uses the application: what the core must never hold. It lives
 * among the application's tests only, so that {@code AppArchitectureTest} can show its rule would
 * catch it.
 */
public final class CoreClassReachingIntoTheApplication {

  public String application() {
    return BarometerApplication.class.getName();
  }
}
