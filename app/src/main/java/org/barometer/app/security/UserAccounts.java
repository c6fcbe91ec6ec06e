package org.barometer.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The people who sign in, kept in PostgreSQL. Within one request, outside a transaction, an account
 * is read once, however many times its roles are asked for; each request reads again, and a change
 * made through this class forgets what the request had read.
 */
@Repository
public class UserAccounts {

  private static final String SELECT =
      """
      select u.id, u.username, u.display_name, u.email, u.password_hash, u.enabled,
             u.failed_logins, u.locked_until,
             coalesce(string_agg(r.role, ',' order by r.role), '') as roles
      from user_account u left join user_role r on r.user_id = u.id
      """;

  private final JdbcClient jdbc;

  UserAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<UserAccount> byUsername(String username) {
    return remembered(
        "name:" + username,
        () ->
            jdbc.sql(SELECT + " where u.username = ? group by u.id")
                .param(username)
                .query(UserAccounts::map)
                .optional());
  }

  public Optional<UserAccount> byId(long id) {
    return remembered(
        "id:" + id,
        () ->
            jdbc.sql(SELECT + " where u.id = ? group by u.id")
                .param(id)
                .query(UserAccounts::map)
                .optional());
  }

  private static final String READ_IN_REQUEST = UserAccounts.class.getName() + ".read";

  private static Optional<UserAccount> remembered(
      String key, Supplier<Optional<UserAccount>> read) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null || TransactionSynchronizationManager.isActualTransactionActive()) {
      return read.get();
    }
    @SuppressWarnings("unchecked")
    Map<String, Optional<UserAccount>> known =
        (Map<String, Optional<UserAccount>>)
            request.getAttribute(READ_IN_REQUEST, RequestAttributes.SCOPE_REQUEST);
    if (known == null) {
      known = new HashMap<>();
      request.setAttribute(READ_IN_REQUEST, known, RequestAttributes.SCOPE_REQUEST);
    }
    Optional<UserAccount> account = known.get(key);
    if (account == null) {
      account = read.get();
      known.put(key, account);
      if (account.isPresent()) {
        known.put("name:" + account.get().username(), account);
        known.put("id:" + account.get().id(), account);
      }
    }
    return account;
  }

  /** Forgets the accounts this request has read, before a change to any of them. */
  private static void forget() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(READ_IN_REQUEST, RequestAttributes.SCOPE_REQUEST);
    }
  }

  /**
   * The account, locked until the end of the transaction, so that a change and its audit record
   * start from what is really stored.
   */
  UserAccount lock(long id) {
    jdbc.sql("select id from user_account where id = ? for update").param(id).query().listOfRows();
    return byId(id).orElseThrow(() -> new IllegalArgumentException("No user " + id));
  }

  /** The enabled accounts that have the role, by name. */
  public List<UserAccount> enabledWithRole(Role role) {
    return jdbc.sql(
            SELECT
                + " where u.enabled and exists (select 1 from user_role x where x.user_id = u.id"
                + " and x.role = ?) group by u.id order by u.display_name, u.username")
        .param(role.name())
        .query(UserAccounts::map)
        .list();
  }

  public List<UserAccount> all() {
    return jdbc.sql(SELECT + " group by u.id order by u.username").query(UserAccounts::map).list();
  }

  /** Makes nodes that start together create the first administrator one after the other. */
  void lockForFirstStart() {
    jdbc.sql("select pg_advisory_xact_lock(7300)").query((rs, row) -> true).list();
  }

  public boolean anyWithRole(Role role) {
    return jdbc.sql("select exists (select 1 from user_role where role = ?)")
        .param(role.name())
        .query(Boolean.class)
        .single();
  }

  /** Adds an account with its roles; returns its id. */
  public long add(
      String username,
      String displayName,
      String email,
      String passwordHash,
      Set<Role> roles,
      Instant now) {
    forget();
    long id =
        jdbc.sql(
                """
                insert into user_account (username, display_name, email, password_hash, created_at)
                values (?, ?, ?, ?, ?) returning id
                """)
            .params(username, displayName, email, passwordHash, Timestamp.from(now))
            .query(Long.class)
            .single();
    insertRoles(id, roles);
    return id;
  }

  /** Adds an account unless its username is taken; returns its id, or empty when taken. */
  Optional<Long> addUnlessTaken(
      String username,
      String displayName,
      String email,
      String passwordHash,
      Set<Role> roles,
      Instant now) {
    forget();
    Optional<Long> id =
        jdbc.sql(
                """
                insert into user_account (username, display_name, email, password_hash, created_at)
                values (?, ?, ?, ?, ?) on conflict (username) do nothing returning id
                """)
            .params(username, displayName, email, passwordHash, Timestamp.from(now))
            .query(Long.class)
            .optional();
    id.ifPresent(added -> insertRoles(added, roles));
    return id;
  }

  void replaceRoles(long id, Set<Role> roles) {
    forget();
    jdbc.sql("delete from user_role where user_id = ?").param(id).update();
    insertRoles(id, roles);
    touch(id);
  }

  void setEnabled(long id, boolean enabled) {
    forget();
    jdbc.sql("update user_account set enabled = ?, version = version + 1 where id = ?")
        .params(enabled, id)
        .update();
  }

  /** Sets a new password hash, and lifts a lock from failed sign-ins. */
  void setPasswordHash(long id, String passwordHash) {
    forget();
    jdbc.sql(
            "update user_account set password_hash = ?, failed_logins = 0, locked_until = null,"
                + " version = version + 1 where id = ?")
        .params(passwordHash, id)
        .update();
  }

  private void insertRoles(long id, Set<Role> roles) {
    for (Role role : roles) {
      jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
          .params(id, role.name())
          .update();
    }
  }

  private void touch(long id) {
    jdbc.sql("update user_account set version = version + 1 where id = ?").param(id).update();
  }

  /** Counts a failed sign-in; at every {@code threshold}-th in a row, locks until {@code until}. */
  public void recordFailure(String username, int threshold, Instant until) {
    forget();
    jdbc.sql(
            """
            update user_account
               set failed_logins = failed_logins + 1,
                   locked_until = case when (failed_logins + 1) % ? = 0 then ? else locked_until end
             where username = ?
            """)
        .params(threshold, Timestamp.from(until), username)
        .update();
  }

  public void recordSuccess(String username) {
    forget();
    jdbc.sql("update user_account set failed_logins = 0, locked_until = null where username = ?")
        .param(username)
        .update();
  }

  private static UserAccount map(ResultSet rs, int row) throws SQLException {
    Timestamp locked = rs.getTimestamp("locked_until");
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String role : rs.getString("roles").split(",")) {
      if (!role.isEmpty()) {
        roles.add(Role.valueOf(role));
      }
    }
    return new UserAccount(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getString("password_hash"),
        rs.getBoolean("enabled"),
        rs.getInt("failed_logins"),
        locked == null ? null : locked.toInstant(),
        roles);
  }
}
