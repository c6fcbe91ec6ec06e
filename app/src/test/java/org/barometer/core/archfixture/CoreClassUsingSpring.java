package org.barometer.core.archfixture;

import org.springframework.util.StringUtils;

/**
 * A class in the core's packages that uses Spring, as one could if the core's pom gained it. It
 * lives among the application's tests only, so that {@code AppArchitectureTest} can show its rule
 * would catch it.
 */
public final class CoreClassUsingSpring {

  public boolean blank(String text) {
    return !StringUtils.hasText(text);
  }
}
