package org.barometer.app.audit;

import java.util.Map;

/** Writes the small flat JSON objects that the audit trail keeps as old and new values. */
public final class AuditJson {

  private AuditJson() {}

  /** A JSON object of text fields, in the map's order. */
  public static String of(Map<String, String> fields) {
    StringBuilder json = new StringBuilder("{");
    fields.forEach(
        (key, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append(quote(key)).append(':').append(value == null ? "null" : quote(value));
        });
    return json.append('}').toString();
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
