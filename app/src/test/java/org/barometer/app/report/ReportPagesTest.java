package org.barometer.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A report's body is kept in ASCII, so that it is written out on Tomcat's fast path. */
class ReportPagesTest {

  @Test
  void writesEveryCharacterOutsideAsciiAsACharacterReference() {
    assertThat(ReportPages.ascii("<td>People · Ann – 5 −2 ТВС 😀</td>"))
        .isEqualTo("<td>People &#183; Ann &#8211; 5 &#8722;2 &#1058;&#1042;&#1057; &#128512;</td>");
  }

  @Test
  void leavesAsciiAsItIs() {
    String html = "<p class=\"govuk-body\">Nothing to change &amp; nothing changed</p>";
    assertThat(ReportPages.ascii(html)).isSameAs(html);
  }
}
