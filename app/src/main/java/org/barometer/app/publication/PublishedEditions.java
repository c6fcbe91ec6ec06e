package org.barometer.app.publication;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.barometer.app.database.DataVersion;
import org.barometer.app.database.VersionedCache;
import org.barometer.app.organisation.OrganisationSettings;
import org.barometer.app.report.Edition;
import org.barometer.app.report.Editions;
import org.barometer.app.report.ReportIndicator;
import org.barometer.app.report.ReportMonths;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The published editions as the public site finds them: kept in memory until the database's change
 * counter moves (publishing an edition moves it), so a public page costs one read of the counter. A
 * month's edition, once found, is kept for good, without reading the counter: an edition is never
 * changed or removed (the database refuses both), and a month has at most one.
 */
@Component
class PublishedEditions {

  private final Editions editions;
  private final OrganisationSettings settings;
  private final VersionedCache<YearMonth, Optional<Edition>> byMonth;
  private final Map<YearMonth, Edition> found = new ConcurrentHashMap<>();
  private final VersionedCache<String, List<Editions.Listed>> listed;
  private final VersionedCache<String, String> names;

  PublishedEditions(Editions editions, OrganisationSettings settings, DataVersion version) {
    this.editions = editions;
    this.settings = settings;
    this.byMonth = version.cache(256);
    this.listed = version.cache(1);
    this.names = version.cache(1);
  }

  /** Every published edition, newest month first. */
  List<Editions.Listed> all() {
    return listed.get("all", k -> List.copyOf(editions.all()));
  }

  /** The edition published for the month, if there is one. */
  Optional<Edition> of(YearMonth month) {
    Edition known = found.get(month);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Edition> edition = byMonth.get(month, editions::of);
    edition.ifPresent(e -> found.put(month, e));
    return edition;
  }

  /** The latest published edition, if any. */
  Optional<Edition> latest() {
    List<Editions.Listed> all = all();
    return all.isEmpty() ? Optional.empty() : of(all.get(0).month());
  }

  /** The edition published for a month written {@code yyyy-MM}; 404 when there is none. */
  Edition published(String month) {
    YearMonth chosen =
        ReportMonths.parse(month).orElseThrow(() -> notFound("Not a month: " + month));
    return of(chosen).orElseThrow(() -> notFound("No edition published for " + month));
  }

  /** The latest published edition; 404 when nothing is published yet. */
  Edition latestOrNotFound() {
    return latest().orElseThrow(() -> notFound("Nothing is published yet"));
  }

  /** An indicator of an edition as it was published; 404 when the edition has none by the code. */
  static ReportIndicator indicator(Edition edition, String code) {
    return edition.report().indicators().stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow(() -> notFound("No indicator " + code));
  }

  static ResponseStatusException notFound(String why) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, why);
  }

  /** The organisation's name, as its settings give it now. */
  String organisationName() {
    return names.get("name", k -> settings.organisationName());
  }
}
