package org.barometer.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal API tokens in PostgreSQL. A token's secret is shown once when it is made; only its
 * SHA-256 hash is kept, so a stolen database holds no usable token.
 */
@Repository
public class ApiTokens {

  /** Every secret starts so, which lets secret scanners recognise a leaked one. */
  static final String PREFIX = "brm_";

  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Makes a token; returns its secret, which is not kept. */
  public String issue(long userId, String name, Set<ApiScope> scopes, Instant now) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            "insert into api_token (user_id, name, token_hash, scopes, created_at)"
                + " values (?, ?, ?, ?::text[], ?)")
        .params(userId, name, hash(secret), arrayOf(scopes), Timestamp.from(now))
        .update();
    return secret;
  }

  /** The live token with this secret, marking it used. */
  public Optional<ApiToken> use(String secret, Instant now) {
    Optional<ApiToken> token =
        jdbc.sql("select * from api_token where token_hash = ? and revoked_at is null")
            .param(hash(secret))
            .query(ApiTokens::map)
            .optional();
    // Recorded to the minute: a feed making many calls a second need not write on each one, nor
    // ask the database to, when the token read says it was used less than a minute ago.
    Instant minuteAgo = now.minusSeconds(60);
    token
        .filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(minuteAgo))
        .ifPresent(
            t ->
                jdbc.sql(
                        "update api_token set last_used_at = ? where id = ?"
                            + " and (last_used_at is null or last_used_at < ?)")
                    .params(Timestamp.from(now), t.id(), Timestamp.from(minuteAgo))
                    .update());
    return token;
  }

  public List<ApiToken> of(long userId) {
    return jdbc.sql("select * from api_token where user_id = ? order by created_at desc, id desc")
        .param(userId)
        .query(ApiTokens::map)
        .list();
  }

  /** Revokes one of the user's tokens; false when the user has no such live token. */
  public boolean revoke(long userId, long tokenId, Instant now) {
    return jdbc.sql(
                "update api_token set revoked_at = ? where id = ? and user_id = ?"
                    + " and revoked_at is null")
            .params(Timestamp.from(now), tokenId, userId)
            .update()
        == 1;
  }

  static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  private static String arrayOf(Set<ApiScope> scopes) {
    return scopes.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
  }

  private static ApiToken map(ResultSet rs, int n) throws SQLException {
    Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
    Arrays.stream((String[]) rs.getArray("scopes").getArray())
        .map(ApiScope::valueOf)
        .forEach(scopes::add);
    return new ApiToken(
        rs.getLong("id"),
        rs.getLong("user_id"),
        rs.getString("name"),
        scopes,
        rs.getTimestamp("created_at").toInstant(),
        instant(rs.getTimestamp("last_used_at")),
        instant(rs.getTimestamp("revoked_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
