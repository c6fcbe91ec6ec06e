package org.barometer.app.support;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each Spring test context a database of its own: a fresh embedded data folder, or, when the
 * tests run against an external PostgreSQL ({@code SPRING_DATASOURCE_URL} set), a fresh schema in
 * it. Contexts then never see each other's data, on either database.
 */
public class IsolatedDatabase
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String name = "it_" + UUID.randomUUID().toString().replace("-", "");
    String url = context.getEnvironment().getProperty("spring.datasource.url", "");
    Map<String, Object> properties =
        url.isBlank()
            ? Map.of("barometer.embedded-database.data-folder", "target/it-data/" + name)
            : Map.of(
                "spring.flyway.default-schema", name,
                "spring.flyway.schemas", name,
                "spring.datasource.hikari.schema", name);
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(new MapPropertySource("isolated-database", properties));
  }
}
