package org.barometer.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server from binaries inside the jar, so that Barometer runs on a machine
 * with nothing but a JDK. It is used unless {@code spring.datasource.url} names an external
 * PostgreSQL. The data folder survives restarts.
 *
 * <p>It is a production database for a small council: durable as any PostgreSQL ({@link
 * ServerSettings}), listening on the loopback address only, with a password that Barometer makes up
 * and keeps in the data folder ({@link ServerPassword}). A server left running by a Barometer that
 * was killed is stopped before the new one starts ({@link OrphanedServer}), so a start after any
 * crash recovers by itself.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
  private static final Duration STARTUP_WAIT = Duration.ofMinutes(5);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
    Path folder = properties.dataFolder().toAbsolutePath();
    DataFolder.prepare(folder);
    OrphanedServer.stopIn(folder);
    Optional<String> password = ServerPassword.stored(folder);
    ServerPassword.requireKnown(folder, password);
    log.info(
        "Starting the embedded PostgreSQL with its data in {}{}",
        folder,
        properties.durable() ? "" : ", NOT durable (fsync and synchronous commit off, for tests)");
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(folder)
            .setCleanDataDirectory(false)
            .setPort(properties.port())
            // Crash recovery after a power cut replays the log before the server answers.
            .setPGStartupWait(STARTUP_WAIT);
    ServerSettings.of(properties.durable()).forEach(builder::setServerConfig);
    password.ifPresent(secret -> builder.setConnectConfig("password", secret));
    EmbeddedPostgres postgres = builder.start();
    String secret = password.orElseGet(() -> ServerPassword.create(folder));
    ServerPassword.require(
        postgres.getPostgresDatabase(Map.of("password", secret)), folder, secret);
    return postgres;
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
    Path folder = properties.dataFolder().toAbsolutePath();
    return DataSourceBuilder.create()
        .url(postgres.getJdbcUrl("postgres", "postgres"))
        .username("postgres")
        .password(ServerPassword.stored(folder).orElseThrow())
        .build();
  }

  /** Creates the data folder; the server itself sets its permissions. */
  static final class DataFolder {
    private DataFolder() {}

    static void prepare(Path folder) {
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create the database folder " + folder, e);
      }
    }
  }
}
