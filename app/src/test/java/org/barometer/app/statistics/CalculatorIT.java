package org.barometer.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.barometer.app.support.IntegrationTest;
import org.barometer.app.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The SPC calculator, used without signing in: the chart, its reading and the downloads. */
@IntegrationTest
class CalculatorIT {

  /** spc-cases.json's "mdc_special_cause_high_is_good", with a target of 30. */
  private static final String SERIES =
      "8\n27\n32\n26\n20\n21\n23\n21\n23\n22\n26\n23\n20\n20\n29\n28\n22\n23\n25\n26\n28\n29\n26"
          + "\n24\n36\n29\n35\n22\n30\n18\n";

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private Map<String, String> form(String values) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("values", values);
    form.put("polarity", "higher_is_better");
    form.put("target", "30");
    form.put("profile", "mdc");
    return form;
  }

  @Test
  void anyoneChartsASeriesAndReadsItsSignalsAndIcons() throws Exception {
    HttpResponse<String> page = post("/spc", form(SERIES));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Common cause variation: no special cause in the latest point")
        .contains("the target of 30 lies between the process limits (11.892 to 37.5747)")
        .contains("The series against its target")
        .contains("XmR chart of the series (30 points)")
        .contains("24.7333")
        .contains("Special cause concern")
        .doesNotContain("Sign out");
    assertThat(new WebClient(port).get("/spc").statusCode()).isEqualTo(200);
  }

  @Test
  void theDownloadsChartTheSameSeries() throws Exception {
    HttpResponse<byte[]> svg = download("/spc/chart.svg", form(SERIES));
    HttpResponse<byte[]> png = download("/spc/chart.png", form(SERIES));
    HttpResponse<byte[]> csv = download("/spc/result.csv", form(SERIES));

    assertThat(svg.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
    assertThat(new String(svg.body(), StandardCharsets.UTF_8))
        .startsWith("<svg")
        .contains("<title");
    var image = ImageIO.read(new ByteArrayInputStream(png.body()));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isGreaterThan(1000);
    assertThat(png.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("xmr-chart.png"));
    String rows = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(rows.split("\r\n")).hasSize(31);
    assertThat(rows)
        .startsWith("point,label,value,period,mean,lower_limit,upper_limit")
        .contains("\r\n1,1,8,1,24.73333333333333,11.89195402298851,37.57471264367816,")
        .contains(",concern,outside_limits\r\n");
  }

  @Test
  void readsAnUploadedCsvFile() throws Exception {
    String csv = "month,value\nApr 2016,20\nMay 2016,24\nJun 2016,\n" + "Jul 2016,26\n".repeat(13);
    HttpResponse<String> page = upload(csv);
    assertThat(page.body()).contains("Jun 2016").contains("The series has a gap");

    HttpResponse<String> bad = upload("month,value\nApr 2016,20\nMay 2016,lots\n");
    assertThat(bad.body())
        .contains("There is a problem")
        .contains("row 3, column value: &#39;lots&#39; is not a number");
  }

  @Test
  void namesEachMistakeAndChartsNothing() throws Exception {
    Map<String, String> bad = form("12\nabc\n14\n");
    bad.put("target", "eighty");
    bad.put("recalculateAt", "9");
    HttpResponse<String> page = post("/spc", bad);

    assertThat(page.body())
        .contains("There is a problem")
        .contains("line 2: &#39;abc&#39; is not a number")
        .contains("The target must be a number, like 80 or 2.5, not &#39;eighty&#39;")
        .contains("Point 9 is not a point where new limits can start")
        .doesNotContain("<svg");
    HttpResponse<byte[]> refused = download("/spc/chart.svg", bad);
    assertThat(refused.statusCode()).isEqualTo(422);
  }

  private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
    return http.send(request(path, fields), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> download(String path, Map<String, String> fields) throws Exception {
    return http.send(request(path, fields), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest request(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpResponse<String> upload(String csv) throws IOException, InterruptedException {
    String boundary = "calculator-" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    Map<String, String> fields = form("");
    fields.remove("target");
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.append("--")
          .append(boundary)
          .append("\r\n")
          .append("Content-Disposition: form-data; name=\"")
          .append(field.getKey())
          .append("\"\r\n\r\n")
          .append(field.getValue())
          .append("\r\n");
    }
    body.append("--")
        .append(boundary)
        .append("\r\n")
        .append("Content-Disposition: form-data; name=\"file\"; filename=\"series.csv\"\r\n")
        .append("Content-Type: text/csv\r\n\r\n")
        .append(csv)
        .append("\r\n--")
        .append(boundary)
        .append("--\r\n");
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/spc"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
