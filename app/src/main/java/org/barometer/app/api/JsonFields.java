package org.barometer.app.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON body read as a tree, one by one, naming each that is wrong in an
 * errors map (field to message) rather than failing on the first. Numbers are read exactly, as the
 * decimals they were written as.
 */
final class JsonFields {

  /** The most digits before the decimal point a number may have: more could never be charted. */
  static final int MOST_WHOLE_DIGITS = 19;

  /** The most decimals a number may have (as {@code SpcSeries} holds them). */
  static final int MOST_DECIMALS = 18;

  private static final int LONGEST_ECHO = 40;

  private final Map<String, String> errors;

  JsonFields(Map<String, String> errors) {
    this.errors = errors;
  }

  /** Names a field as wrong, keeping the first message when a field is wrong twice. */
  void refuse(String field, String message) {
    errors.putIfAbsent(field, field + ": " + message);
  }

  int errorCount() {
    return errors.size();
  }

  /**
   * Refuses every key of an object that is not one of the known ones ({@code prefix} ends in a
   * dot).
   */
  void refuseUnknown(JsonNode object, String prefix, Set<String> known) {
    String where =
        prefix.isEmpty()
            ? "is not a field of this request; its fields are "
            : "is not a key of " + prefix.substring(0, prefix.length() - 1) + "; its keys are ";
    for (String name : object.propertyNames()) {
      if (!known.contains(name)) {
        refuse(prefix + echo(name), where + String.join(", ", known));
      }
    }
  }

  /** A number, exactly as written; null (after refusing it) when it is not one. */
  BigDecimal number(JsonNode node, String field, String wanted) {
    if (node == null || !node.isNumber()) {
      refuse(field, "must be " + wanted + ", not " + describe(node));
      return null;
    }
    if (node.isDouble() || node.isFloat()) {
      double value = node.doubleValue();
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        refuse(field, "must be " + wanted + ", not " + value);
        return null;
      }
    }
    BigDecimal value = node.decimalValue();
    if (value.signum() != 0 && value.precision() - value.scale() > MOST_WHOLE_DIGITS) {
      refuse(field, "is too large: at most " + MOST_WHOLE_DIGITS + " digits before the point");
      return null;
    }
    if (value.stripTrailingZeros().scale() > MOST_DECIMALS) {
      refuse(field, "has more than " + MOST_DECIMALS + " decimals");
      return null;
    }
    return value;
  }

  /** A whole number that fits an int; null (after refusing it) otherwise. */
  Integer wholeNumber(JsonNode node, String field) {
    BigDecimal value = number(node, field, "a whole number");
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException notWhole) {
      refuse(field, "must be a whole number, not " + value.toPlainString());
      return null;
    }
  }

  /** A whole number, or null when the field is null as it may be. */
  Integer wholeNumberOrNull(JsonNode node, String field) {
    return node.isNull() ? null : wholeNumber(node, field);
  }

  /** true or false; null (after refusing it) otherwise. */
  Boolean bool(JsonNode node, String field) {
    if (node == null || !node.isBoolean()) {
      refuse(field, "must be true or false, not " + describe(node));
      return null;
    }
    return node.booleanValue();
  }

  /** One of the names given; null (after refusing it) otherwise. */
  String name(JsonNode node, String field, List<String> names) {
    if (node != null && node.isString() && names.contains(node.stringValue())) {
      return node.stringValue();
    }
    refuse(field, "must be one of " + String.join(", ", names) + ", not " + describe(node));
    return null;
  }

  /** The items of a list, or null (after refusing it) when the node is not a list. */
  List<JsonNode> list(JsonNode node, String field, String wanted) {
    if (node == null || !node.isArray()) {
      refuse(field, "must be " + wanted + ", not " + describe(node));
      return null;
    }
    List<JsonNode> items = new ArrayList<>(node.size());
    node.forEach(items::add);
    return items;
  }

  /** What a node holds, in words, without echoing more than a few characters of it. */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return "the text \"" + echo(node.stringValue()) + "\"";
    }
    if (node.isBoolean()) {
      return Boolean.toString(node.booleanValue());
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "an object";
    }
    return echo(node.toString());
  }

  private static String echo(String text) {
    return text.length() <= LONGEST_ECHO ? text : text.substring(0, LONGEST_ECHO) + "...";
  }
}
