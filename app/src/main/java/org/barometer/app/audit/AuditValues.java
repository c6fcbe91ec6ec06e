package org.barometer.app.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an old or new value of the audit trail, a JSON object as PostgreSQL prints it, into lines a
 * person reads: {@code roles: DATA_OWNER}. Anything else is shown as it is.
 */
final class AuditValues {

  private AuditValues() {}

  static List<String> lines(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    String text = json.strip();
    if (!text.startsWith("{") || !text.endsWith("}")) {
      return List.of(text);
    }
    try {
      List<String> lines = new ArrayList<>();
      for (String member : members(text.substring(1, text.length() - 1))) {
        int colon = endOfString(member, member.indexOf('"')) + 1;
        String key = member.substring(0, colon).strip();
        String value = member.substring(member.indexOf(':', colon) + 1).strip();
        lines.add(unquote(key) + ": " + unquote(value));
      }
      return lines;
    } catch (RuntimeException notAFlatObject) {
      return List.of(text);
    }
  }

  /** Splits an object's inside at each comma outside strings, arrays and objects. */
  private static List<String> members(String inside) {
    List<String> members = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (c == '"') {
        i = endOfString(inside, i);
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        members.add(inside.substring(start, i));
        start = i + 1;
      }
    }
    if (!inside.isBlank()) {
      members.add(inside.substring(start));
    }
    return members;
  }

  /** The index of the quote that closes the string opened at {@code open}. */
  private static int endOfString(String text, int open) {
    for (int i = open + 1; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.charAt(i) == '"') {
        return i;
      }
    }
    throw new IllegalArgumentException("An unclosed string");
  }

  /** A JSON string's text; {@code null} as {@code none}; anything else as it is. */
  private static String unquote(String value) {
    if ("null".equals(value)) {
      return "none";
    }
    if (value.length() < 2 || value.charAt(0) != '"') {
      return value;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 1; i < value.length() - 1; i++) {
      char c = value.charAt(i);
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char escaped = value.charAt(++i);
      switch (escaped) {
        case 'n' -> text.append('\n');
        case 't' -> text.append('\t');
        case 'r', 'b', 'f' -> text.append(' ');
        case 'u' -> {
          text.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> text.append(escaped);
      }
    }
    return text.toString();
  }
}
