package org.barometer.app.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a month's report shows, in words and numbers made once: what a published edition
 * stores, and what every page and file of an edition is drawn from. It holds no reference to the
 * register, so an edition reads the same whatever happens to the figures, targets or definitions
 * after it is published.
 *
 * @param organisation the organisation's name, such as {@code Southend-on-Sea Borough Council}
 * @param month the month reported on
 * @param builtAt when it was built from the register
 * @param departments the departments, in the organisation's order
 * @param aims the corporate aims, in order
 * @param committees the scrutiny committees, in order
 * @param indicators every current indicator, corporate and contextual, in the register's order
 * @param actions the priority actions, overdue milestones first
 * @param revisions figures published in an earlier edition and corrected since
 */
public record MonthlyReport(
    String organisation,
    YearMonth month,
    Instant builtAt,
    List<ReportUnit> departments,
    List<ReportUnit> aims,
    List<ReportUnit> committees,
    List<ReportIndicator> indicators,
    List<ReportAction> actions,
    List<ReportRevision> revisions) {

  public MonthlyReport {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(builtAt, "builtAt");
    departments = List.copyOf(departments);
    aims = List.copyOf(aims);
    committees = List.copyOf(committees);
    indicators = List.copyOf(indicators);
    actions = List.copyOf(actions);
    revisions = List.copyOf(revisions);
  }

  /** The report's title: {@code Monthly Performance Report: November 2016}. */
  public String title() {
    return "Monthly Performance Report: " + monthLabel();
  }

  /** The month in words: {@code November 2016}. */
  public String monthLabel() {
    return ReportMonths.longLabel(month);
  }

  /** The corporate indicators: those with a status. */
  public List<ReportIndicator> corporate() {
    return indicators.stream().filter(i -> !i.contextual()).toList();
  }

  /** The contextual basket: indicators the organisation does not control, trend only. */
  public List<ReportIndicator> contextual() {
    return indicators.stream().filter(ReportIndicator::contextual).toList();
  }

  /** Every red corporate indicator. */
  public List<ReportIndicator> exceptions() {
    return corporate().stream().filter(ReportIndicator::red).toList();
  }

  /** The summary of statuses by department, aim and committee, with change since last month. */
  public ReportSummary summary() {
    return ReportSummary.of(this);
  }

  /** The packs this report can be cut into: the whole report, each committee, each department. */
  public List<Pack> packs() {
    List<Pack> packs = new java.util.ArrayList<>();
    packs.add(Pack.all());
    committees.forEach(c -> packs.add(Pack.committee(c)));
    departments.forEach(d -> packs.add(Pack.department(d)));
    return List.copyOf(packs);
  }

  /** The pack with that key, if this report has it. */
  public Optional<Pack> pack(String key) {
    return packs().stream().filter(p -> p.key().equals(key)).findFirst();
  }

  /** The same report cut to one pack: its indicators, actions and revisions only. */
  public MonthlyReport cut(Pack pack) {
    if (pack.isWhole()) {
      return this;
    }
    List<ReportIndicator> kept = indicators.stream().filter(pack::holds).toList();
    List<String> codes = kept.stream().map(ReportIndicator::code).toList();
    return new MonthlyReport(
        organisation,
        month,
        builtAt,
        pack.kind() == Pack.Kind.DEPARTMENT
            ? departments.stream().filter(d -> d.id() == pack.unitId()).toList()
            : departments,
        aims,
        pack.kind() == Pack.Kind.COMMITTEE
            ? committees.stream().filter(c -> c.id() == pack.unitId()).toList()
            : committees,
        kept,
        actions.stream().filter(pack::holds).toList(),
        revisions.stream().filter(r -> codes.contains(r.indicatorCode())).toList());
  }
}
