package org.barometer.app.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataFolder where the database files live; kept across restarts
 * @param port the port it listens on, 0 for any free port
 */
@ConfigurationProperties("barometer.embedded-database")
public record EmbeddedDatabaseProperties(
    @DefaultValue("data/postgres") Path dataFolder, @DefaultValue("0") int port) {}
