package org.barometer.app.security;

/** Cleans text typed into a form: missing becomes empty, and surrounding spaces go. */
final class Text {

  private Text() {}

  static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
