package org.barometer.app.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataFolder where the database files live; kept across restarts
 * @param port the port it listens on, 0 for any free port
 * @param durable whether a commit is on disk before it is acknowledged, and pages survive a power
 *     cut: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on, as in any
 *     PostgreSQL. Only the tests turn it off, to run faster on throw-away databases.
 */
@ConfigurationProperties("barometer.embedded-database")
public record EmbeddedDatabaseProperties(
    @DefaultValue("data/postgres") Path dataFolder,
    @DefaultValue("0") int port,
    @DefaultValue("true") boolean durable) {}
