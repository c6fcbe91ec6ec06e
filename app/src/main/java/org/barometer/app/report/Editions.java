package org.barometer.app.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.barometer.app.database.DataVersion;
import org.barometer.app.database.VersionedCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published editions and their files, as stored. An edition never changes once stored (the database
 * refuses updates and deletes), so an edition read once is kept in this node's memory. Which months
 * have one is kept behind the change counter ({@link DataVersion}), which a new edition moves.
 */
@Repository
public class Editions {

  /** A published edition in a list: its month, and who published it when. */
  public record Listed(
      long id, YearMonth month, String publishedBy, java.time.Instant publishedAt) {

    public String monthLabel() {
      return ReportMonths.longLabel(month);
    }

    public String publishedLabel() {
      return Edition.at(publishedAt);
    }
  }

  /** A stored file of an edition. */
  public record StoredFile(String mediaType, byte[] content, String sha256) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Map<Long, Edition> read = new ConcurrentHashMap<>();
  private final VersionedCache<YearMonth, Optional<Long>> ids;

  Editions(JdbcClient jdbc, JsonMapper json, DataVersion version) {
    this.jdbc = jdbc;
    this.json = json;
    this.ids = version.cache(64);
  }

  /** Every published edition, newest month first. */
  public List<Listed> all() {
    return jdbc.sql(
            "select id, month, published_by, published_at from report_edition order by month desc")
        .query(
            (rs, row) ->
                new Listed(
                    rs.getLong("id"),
                    YearMonth.from(rs.getDate("month").toLocalDate()),
                    rs.getString("published_by"),
                    rs.getTimestamp("published_at").toInstant()))
        .list();
  }

  /** The edition published for the month, if there is one. */
  public Optional<Edition> of(YearMonth month) {
    return ids.get(month, this::idOf).map(id -> read.computeIfAbsent(id, this::load));
  }

  private Optional<Long> idOf(YearMonth month) {
    return jdbc.sql("select id from report_edition where month = ?")
        .param(Date.valueOf(month.atDay(1)))
        .query(Long.class)
        .optional();
  }

  private Edition load(long id) {
    return jdbc.sql(
            "select content::text as content, published_by, published_at"
                + " from report_edition where id = ?")
        .param(id)
        .query(
            (rs, row) ->
                new Edition(
                    id,
                    json.readValue(rs.getString("content"), MonthlyReport.class),
                    rs.getString("published_by"),
                    rs.getTimestamp("published_at").toInstant()))
        .single();
  }

  /** The latest edition for a month before the one given. */
  public Optional<Edition> latestBefore(YearMonth month) {
    return jdbc.sql("select month from report_edition where month < ? order by month desc limit 1")
        .param(Date.valueOf(month.atDay(1)))
        .query(Date.class)
        .optional()
        .flatMap(date -> of(YearMonth.from(date.toLocalDate())));
  }

  /** The latest published edition. */
  public Optional<Edition> latest() {
    return latestBefore(YearMonth.of(9999, 12));
  }

  /** A file of an edition's pack. */
  public Optional<StoredFile> file(long editionId, String pack, ReportFormat format) {
    return jdbc.sql(
            "select media_type, content, sha256 from report_edition_file"
                + " where edition_id = ? and pack = ? and format = ?")
        .params(editionId, pack, format.name())
        .query(
            (rs, row) ->
                new StoredFile(
                    rs.getString("media_type"), rs.getBytes("content"), rs.getString("sha256")))
        .optional();
  }

  /**
   * Stores an edition; empty when the month already has one (someone published it first), without
   * disturbing the caller's transaction.
   */
  Optional<Long> add(MonthlyReport report, String by, java.time.Instant at) {
    return jdbc.sql(
            """
            insert into report_edition (month, content, published_by, published_at)
            values (?, cast(? as jsonb), ?, ?)
            on conflict (month) do nothing
            returning id
            """)
        .params(
            Date.valueOf(report.month().atDay(1)),
            json.writeValueAsString(report),
            by,
            Timestamp.from(at))
        .query(Long.class)
        .optional();
  }

  void addFile(long editionId, String pack, ReportFormat format, byte[] content) {
    jdbc.sql(
            """
            insert into report_edition_file (edition_id, pack, format, media_type, content, sha256)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(editionId, pack, format.name(), format.mediaType(), content, Sha256.hex(content))
        .update();
  }
}
