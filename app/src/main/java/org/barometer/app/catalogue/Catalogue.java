package org.barometer.app.catalogue;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.barometer.core.period.FinancialYear;

/**
 * A whole catalogue, as imported: nothing in it refers to anything outside it.
 *
 * @param departments the departments with their services
 * @param committees the scrutiny committees
 * @param aims the corporate aims with their priorities
 * @param indicators the indicators, by number
 * @param targets every indicator's targets, by indicator and year
 * @param actions the corporate priority actions, by number
 */
public record Catalogue(
    List<Department> departments,
    List<Committee> committees,
    List<Aim> aims,
    List<Indicator> indicators,
    List<IndicatorTarget> targets,
    List<Action> actions) {

  public Catalogue {
    departments = List.copyOf(departments);
    committees = List.copyOf(committees);
    aims = List.copyOf(aims);
    indicators = List.copyOf(indicators);
    targets = List.copyOf(targets);
    actions = List.copyOf(actions);
  }

  public Indicator indicator(int number) {
    return indicators.stream()
        .filter(indicator -> indicator.number() == number)
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("No indicator " + number));
  }

  public Action action(int number) {
    return actions.stream()
        .filter(action -> action.number() == number)
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("No action " + number));
  }

  /** The indicator's target for the year, as printed and read; empty when the file has none. */
  public Optional<IndicatorTarget> target(int indicator, FinancialYear year) {
    return targets.stream()
        .filter(target -> target.indicator() == indicator && target.year().equals(year))
        .findFirst();
  }

  public Department department(String name) {
    return departments.stream()
        .filter(department -> department.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("No department " + name));
  }

  /** The indicators of a department, in number order. */
  public List<Indicator> indicatorsOf(String department) {
    return indicators.stream().filter(i -> i.owner().department().equals(department)).toList();
  }

  /** The indicators of a service of a department, in number order. */
  public List<Indicator> indicatorsOf(String department, String service) {
    return indicatorsOf(department).stream()
        .filter(i -> i.owner().service().equals(service))
        .toList();
  }
}
