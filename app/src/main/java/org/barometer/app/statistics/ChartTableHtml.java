package org.barometer.app.statistics;

import java.util.List;
import org.barometer.app.chart.ChartTable;
import org.springframework.web.util.HtmlUtils;

/**
 * The numbers behind a chart as a GOV.UK table in a details element, written once in Java rather
 * than cell by cell by the template: a ten-year XmR chart has more than a thousand cells, and the
 * pages keep the written table with the chart.
 */
public final class ChartTableHtml {

  private ChartTableHtml() {}

  /**
   * The table, folded under {@code summary}; a wide table scrolls in a region of its own that the
   * keyboard can reach.
   */
  public static String of(ChartTable table, String summary) {
    String caption = HtmlUtils.htmlEscape(table.caption());
    StringBuilder html = new StringBuilder(256 + 64 * table.rows().size() * table.headers().size());
    html.append("<details class=\"govuk-details\">")
        .append("<summary class=\"govuk-details__summary\">")
        .append("<span class=\"govuk-details__summary-text\">")
        .append(HtmlUtils.htmlEscape(summary))
        .append("</span></summary>")
        .append(
            "<div class=\"govuk-details__text barometer-scroll\" tabindex=\"0\" role=\"region\"")
        .append(" aria-label=\"")
        .append(caption)
        .append("\"><table class=\"govuk-table\">")
        .append("<caption class=\"govuk-table__caption govuk-table__caption--s\">")
        .append(caption)
        .append("</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (String header : table.headers()) {
      html.append("<th scope=\"col\" class=\"govuk-table__header\">")
          .append(HtmlUtils.htmlEscape(header))
          .append("</th>");
    }
    html.append("</tr></thead><tbody class=\"govuk-table__body\">");
    for (List<String> row : table.rows()) {
      html.append("<tr class=\"govuk-table__row\">");
      for (String cell : row) {
        html.append("<td class=\"govuk-table__cell\">")
            .append(HtmlUtils.htmlEscape(cell))
            .append("</td>");
      }
      html.append("</tr>");
    }
    return html.append("</tbody></table></div></details>").toString();
  }
}
