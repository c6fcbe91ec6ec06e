package org.barometer.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A browser test: an {@link IntegrationTest} whose classes share one Spring context, and so one
 * database, among themselves but not with the plain-HTTP tests. The journeys enter the same figures
 * as {@code CollectionIT} (indicator 9 for December 2016), so sharing its database would make each
 * fail after the other. Drive the browser with {@link Browser}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = "barometer.test.context=browser")
public @interface BrowserTest {}
