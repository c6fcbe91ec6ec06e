package org.barometer.app.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.barometer.app.database.DataVersion;
import org.barometer.app.database.VersionedCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Departments, services, committees, aims and priorities, in PostgreSQL. */
@Repository
public class OrganisationStructure {

  private final JdbcClient jdbc;
  private final VersionedCache<Boolean, List<OrganisationUnit>> named;

  OrganisationStructure(JdbcClient jdbc, DataVersion version) {
    this.jdbc = jdbc;
    this.named = version.cache(1);
  }

  public long addDepartment(String name, String fullName, int position) {
    return id(
        jdbc.sql("insert into department (name, full_name, position) values (?, ?, ?) returning id")
            .params(name, fullName, position));
  }

  public long addService(long departmentId, String name, List<String> printedLabels) {
    return id(
        jdbc.sql(
                "insert into service (department_id, name, printed_labels) values (?, ?, ?::text[])"
                    + " returning id")
            .params(departmentId, name, textArray(printedLabels)));
  }

  public long addCommittee(String name, String printedAs, Optional<Long> departmentId) {
    return id(
        jdbc.sql(
                "insert into committee (name, printed_as, department_id) values (?, ?, ?) returning id")
            .params(name, printedAs, departmentId.orElse(null)));
  }

  public long addAim(String name, int position, String printedAs) {
    return id(
        jdbc.sql("insert into aim (name, position, printed_as) values (?, ?, ?) returning id")
            .params(name, position, printedAs));
  }

  public long addPriority(long aimId, int position, String text, String note) {
    return id(
        jdbc.sql(
                "insert into priority (aim_id, position, text, note) values (?, ?, ?, ?) returning id")
            .params(aimId, position, text, note));
  }

  public void renameDepartment(long id, String name, String fullName) {
    jdbc.sql("update department set name = ?, full_name = ? where id = ?")
        .params(name, fullName, id)
        .update();
  }

  public void changeService(long id, long departmentId, String name) {
    jdbc.sql("update service set department_id = ?, name = ? where id = ?")
        .params(departmentId, name, id)
        .update();
  }

  public void changeCommittee(long id, String name, Optional<Long> departmentId) {
    jdbc.sql("update committee set name = ?, department_id = ? where id = ?")
        .params(name, departmentId.orElse(null), id)
        .update();
  }

  public void renameAim(long id, String name) {
    jdbc.sql("update aim set name = ? where id = ?").params(name, id).update();
  }

  /** Changes a priority; moved to another aim, it comes last in that aim. */
  public void changePriority(long id, long aimId, String text, String note) {
    jdbc.sql(
            """
            update priority set text = ?, note = ?,
              position = case when aim_id = ? then position else
                (select coalesce(max(position), 0) + 1 from priority where aim_id = ?) end,
              aim_id = ?
            where id = ?
            """)
        .params(text, note, aimId, aimId, aimId, id)
        .update();
  }

  /** The position after the last department. */
  public int nextDepartmentPosition() {
    return jdbc.sql("select coalesce(max(position), 0) + 1 from department")
        .query(Integer.class)
        .single();
  }

  /** The position after the last aim. */
  public int nextAimPosition() {
    return jdbc.sql("select coalesce(max(position), 0) + 1 from aim").query(Integer.class).single();
  }

  /** The position after the last priority of the aim. */
  public int nextPriorityPosition(long aimId) {
    return jdbc.sql("select coalesce(max(position), 0) + 1 from priority where aim_id = ?")
        .param(aimId)
        .query(Integer.class)
        .single();
  }

  /** Makes changes to the structure wait for each other until the end of the transaction. */
  public void lockForChange() {
    jdbc.sql("select pg_advisory_xact_lock(7301)").query((rs, row) -> true).list();
  }

  /** Departments, services, committees, aims and priorities in one read, for their names. */
  /** Every unit, read again only when the organisation or the register changes. */
  public List<OrganisationUnit> namedUnits() {
    return named.get(true, all -> List.copyOf(readNamedUnits()));
  }

  private List<OrganisationUnit> readNamedUnits() {
    return jdbc.sql(
            "select id, 'department', name, null::bigint, array[full_name] from department"
                + " union all select id, 'service', name, department_id, printed_labels from service"
                + " union all select id, 'committee', name, department_id, array[printed_as]"
                + " from committee"
                + " union all select id, 'aim', name, null::bigint, array[printed_as] from aim"
                + " union all select id, 'priority', text, aim_id, array[note] from priority")
        .query(OrganisationStructure::map)
        .list();
  }

  public List<OrganisationUnit> departments() {
    return jdbc.sql(
            "select id, 'department', name, null::bigint, array[full_name] from department order by position")
        .query(OrganisationStructure::map)
        .list();
  }

  public List<OrganisationUnit> services() {
    return jdbc.sql(
            "select s.id, 'service', s.name, s.department_id, s.printed_labels from service s"
                + " join department d on d.id = s.department_id order by d.position, s.id")
        .query(OrganisationStructure::map)
        .list();
  }

  public List<OrganisationUnit> committees() {
    return jdbc.sql(
            "select id, 'committee', name, department_id, array[printed_as] from committee order by name")
        .query(OrganisationStructure::map)
        .list();
  }

  public List<OrganisationUnit> aims() {
    return jdbc.sql(
            "select id, 'aim', name, null::bigint, array[printed_as] from aim order by position")
        .query(OrganisationStructure::map)
        .list();
  }

  public List<OrganisationUnit> priorities() {
    return jdbc.sql(
            "select p.id, 'priority', p.text, p.aim_id, array[p.note] from priority p"
                + " join aim a on a.id = p.aim_id order by a.position, p.position")
        .query(OrganisationStructure::map)
        .list();
  }

  private static long id(JdbcClient.StatementSpec statement) {
    return statement.query(Long.class).single();
  }

  private static String textArray(List<String> values) {
    StringBuilder literal = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      String escaped = values.get(i).replace("\\", "\\\\").replace("\"", "\\\"");
      literal.append(i == 0 ? "" : ",").append('"').append(escaped).append('"');
    }
    return literal.append('}').toString();
  }

  private static OrganisationUnit map(ResultSet rs, int n) throws SQLException {
    long parent = rs.getLong(4);
    Optional<Long> parentId = rs.wasNull() ? Optional.empty() : Optional.of(parent);
    Array printed = rs.getArray(5);
    List<String> labels =
        Arrays.stream((String[]) printed.getArray())
            .filter(s -> s != null && !s.isEmpty())
            .toList();
    return new OrganisationUnit(rs.getLong(1), rs.getString(2), rs.getString(3), parentId, labels);
  }
}
