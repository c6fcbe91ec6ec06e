package org.barometer.app.statistics;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.app.chart.TrendChart;
import org.barometer.app.chart.XmrChart;
import org.barometer.app.spreadsheet.SpreadsheetText;
import org.barometer.core.statistics.Segment;
import org.barometer.core.statistics.Spc;
import org.barometer.core.statistics.SpcReading;
import org.barometer.core.statistics.SpcResult;
import org.barometer.core.statistics.SpcRule;
import org.barometer.core.statistics.SpcSeries;
import org.barometer.core.statistics.SpcTarget;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The SPC calculator, open to anyone without signing in: paste or upload a series, choose its
 * polarity, target and settings, and get the XmR chart, its limits, signals and icons, with the
 * chart as SVG or PNG and the numbers as CSV to download. It stores nothing.
 */
@Controller
class CalculatorController {

  /** The largest CSV file the calculator reads. */
  static final long LARGEST_FILE = 1_000_000;

  @GetMapping("/spc")
  String page(Model model) {
    return show(model, CalculatorForm.blank(), Map.of(), null);
  }

  @PostMapping("/spc")
  String calculate(
      CalculatorForm form, @RequestParam(required = false) MultipartFile file, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    CalculatorForm read = withFile(form, file, errors);
    if (!errors.isEmpty()) {
      return show(model, form, errors, null);
    }
    Optional<CalculatorInput.Calculation> calculation = CalculatorInput.read(read, errors);
    if (calculation.isEmpty()) {
      return show(model, read, errors, null);
    }
    return show(model, read, errors, Outcome.of(calculation.get()));
  }

  @PostMapping("/spc/chart.svg")
  ResponseEntity<byte[]> svg(CalculatorForm form) {
    return download(
        form,
        "xmr-chart.svg",
        "image/svg+xml",
        o -> o.chart().svg().getBytes(StandardCharsets.UTF_8));
  }

  @PostMapping("/spc/chart.png")
  ResponseEntity<byte[]> png(CalculatorForm form) {
    return download(
        form, "xmr-chart.png", MediaType.IMAGE_PNG_VALUE, o -> PngImage.of(o.chart().svg()));
  }

  @PostMapping("/spc/result.csv")
  ResponseEntity<byte[]> csv(CalculatorForm form) {
    return download(
        form,
        "xmr-result.csv",
        "text/csv;charset=UTF-8",
        o -> o.csv().getBytes(StandardCharsets.UTF_8));
  }

  private static ResponseEntity<byte[]> download(
      CalculatorForm form,
      String name,
      String type,
      java.util.function.Function<Outcome, byte[]> content) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<CalculatorInput.Calculation> calculation = CalculatorInput.read(form, errors);
    if (calculation.isEmpty()) {
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
          .contentType(MediaType.TEXT_PLAIN)
          .body(String.join("\n", errors.values()).getBytes(StandardCharsets.UTF_8));
    }
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .contentType(MediaType.parseMediaType(type))
        .body(content.apply(Outcome.of(calculation.get())));
  }

  /** The form with the values of an uploaded file, if one was chosen. */
  private static CalculatorForm withFile(
      CalculatorForm form, MultipartFile file, Map<String, String> errors) {
    if (file == null || file.isEmpty()) {
      return form;
    }
    if (!form.values().isBlank()) {
      errors.put("file", "Paste the values or upload a file, not both");
      return form;
    }
    if (file.getSize() > LARGEST_FILE) {
      errors.put("file", "The file is larger than 1 MB: upload at most 10,000 values");
      return form;
    }
    try {
      String text = new String(file.getBytes(), StandardCharsets.UTF_8);
      return CalculatorInput.fromCsv(text, errors).map(form::withValues).orElse(form);
    } catch (IOException e) {
      errors.put("file", "The file could not be read: " + e.getMessage());
      return form;
    }
  }

  private static String show(
      Model model, CalculatorForm form, Map<String, String> errors, Outcome outcome) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("outcome", outcome);
    return "statistics/calculator";
  }

  /** What the page shows for a calculation. */
  record Outcome(
      CalculatorInput.Calculation calculation,
      SpcResult result,
      SpcReading reading,
      XmrChart chart,
      TrendChart trend) {

    static Outcome of(CalculatorInput.Calculation calculation) {
      SpcResult result =
          Spc.analyse(
              SpcSeries.of(calculation.values()),
              calculation.polarity(),
              calculation.target(),
              calculation.settings());
      SpcReading reading = SpcReading.of(result);
      XmrChart chart =
          XmrChart.of("spc", result, calculation.labels(), CalculatorController::plain)
              .withTitle("XmR chart of the series (" + calculation.values().size() + " points)")
              .withDescription(reading.summary());
      return new Outcome(calculation, result, reading, chart, trend(calculation));
    }

    /** The reading's notes, positions named by their labels. */
    public List<String> notes() {
      return reading.notes(calculation.labels());
    }

    /** The numbers behind the XmR chart, as HTML. */
    public String table() {
      return ChartTableHtml.of(chart.table(), "The numbers behind the chart, point by point");
    }

    /** The series as it ran, against its target or target range. */
    private static TrendChart trend(CalculatorInput.Calculation calculation) {
      TrendChart.Target target = TrendChart.Target.none();
      if (calculation.target() instanceof SpcTarget.Single single) {
        target = TrendChart.Target.of(single.value());
      } else if (calculation.target() instanceof SpcTarget.Range range) {
        target = TrendChart.Target.band(range.low(), range.high());
      }
      List<TrendChart.Point> points = new ArrayList<>();
      for (int i = 0; i < calculation.values().size(); i++) {
        points.add(
            new TrendChart.Point(
                calculation.labels().get(i),
                calculation.values().get(i),
                TrendChart.Status.NONE,
                target));
      }
      return TrendChart.of(
          "trend",
          new TrendChart.Data("The series against its target", points, null),
          CalculatorController::plain);
    }

    /** Each period's limits, as the page's table of limits shows them. */
    public List<List<String>> periods() {
      List<List<String>> rows = new ArrayList<>();
      for (Segment segment : result.segments()) {
        rows.add(
            List.of(
                calculation.labels().get(segment.firstIndex())
                    + " to "
                    + calculation.labels().get(segment.lastIndex()),
                Integer.toString(segment.points()),
                Integer.toString(segment.limitPoints()),
                text(segment.mean()),
                text(segment.lowerLimit()),
                text(segment.upperLimit())));
      }
      return rows;
    }

    /** One row per point, with its period's lines, its special cause and the rules behind it. */
    public String csv() {
      StringBuilder csv =
          new StringBuilder(
              "point,label,value,period,mean,lower_limit,upper_limit,lower_two_sigma,"
                  + "upper_two_sigma,special_cause,rules\r\n");
      for (int i = 0; i < calculation.values().size(); i++) {
        Segment segment = result.segmentOf(i);
        BigDecimal value = calculation.values().get(i);
        List<String> rules = new ArrayList<>();
        for (SpcRule rule : result.rules(i)) {
          rules.add(rule.name().toLowerCase(java.util.Locale.ROOT));
        }
        csv.append(i + 1)
            .append(',')
            .append(quoted(calculation.labels().get(i)))
            .append(',')
            .append(value == null ? "" : value.toPlainString())
            .append(',')
            .append(result.segments().indexOf(segment) + 1)
            .append(',')
            .append(plainOrBlank(segment.mean()))
            .append(',')
            .append(plainOrBlank(segment.lowerLimit()))
            .append(',')
            .append(plainOrBlank(segment.upperLimit()))
            .append(',')
            .append(plainOrBlank(segment.lowerTwoSigma()))
            .append(',')
            .append(plainOrBlank(segment.upperTwoSigma()))
            .append(',')
            .append(value == null ? "" : result.specialCause(i).key())
            .append(',')
            .append(String.join(" ", rules))
            .append("\r\n");
      }
      return csv.toString();
    }
  }

  static String plain(BigDecimal value) {
    BigDecimal rounded =
        value.setScale(Math.min(4, Math.max(0, value.scale())), java.math.RoundingMode.HALF_UP);
    return rounded.stripTrailingZeros().toPlainString();
  }

  private static String text(BigDecimal value) {
    return value == null ? "Not shown" : plain(value);
  }

  private static String plainOrBlank(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /** A CSV field, quoted when it holds a comma, a quote or a line break; never a formula. */
  static String quoted(String text) {
    String safe = SpreadsheetText.neutralised(text);
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
