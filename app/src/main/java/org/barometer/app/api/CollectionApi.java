package org.barometer.app.api;

import static org.barometer.app.api.ApiAccess.requireScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.barometer.app.collection.ApprovalQueue;
import org.barometer.app.collection.MyFigure;
import org.barometer.app.collection.MyFigures;
import org.barometer.app.collection.Waiting;
import org.barometer.app.indicator.IndicatorDefinition;
import org.barometer.app.security.ApiScope;
import org.barometer.core.period.Period;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures people have to deal with: what the token's owner may enter, and the approval queue.
 * The pages' use cases answer, and ask who may see what, as they do for the pages.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Collection", description = "My figures and the approval queue")
@SecurityRequirement(name = ApiAccess.SCHEME)
class CollectionApi {

  private final MyFigures myFigures;
  private final ApprovalQueue queue;

  CollectionApi(MyFigures myFigures, ApprovalQueue queue) {
    this.myFigures = myFigures;
    this.queue = queue;
  }

  /**
   * A period: its label, like {@code Dec 2016} or {@code Q3 2016/17}, and its last month, as {@code
   * PUT /api/v1/indicators/{code}/figures/{month}} takes it.
   */
  record PeriodView(String period, String month) {
    static PeriodView of(Period period) {
      return new PeriodView(period.label(), period.lastMonth().toString());
    }
  }

  /**
   * One indicator the token's owner may enter figures for.
   *
   * @param latest its latest figure, in whatever state; null when it has none
   * @param state Returned, Draft, Submitted, Approved or No figures: the latest figure's
   * @param next the period after the latest figure's
   * @param toEnter the period to enter now: the latest if it is not approved, else the next
   * @param timeliness where the figure to enter stands today: awaited, due, overdue, submitted or
   *     returned, with its date
   */
  record MyFigureView(
      String code,
      String name,
      ApiViews.StoredFigureView latest,
      String state,
      PeriodView next,
      PeriodView toEnter,
      String timeliness) {

    static MyFigureView of(MyFigure row) {
      IndicatorDefinition d = row.indicator().definition();
      return new MyFigureView(
          d.code(),
          d.name(),
          row.latest().map(IndicatorViews::of).orElse(null),
          row.state(),
          row.next().map(PeriodView::of).orElse(null),
          row.toEnter().map(PeriodView::of).orElse(null),
          row.timeliness());
    }
  }

  /**
   * A submitted figure waiting for a decision. Decide on it with {@code POST
   * /api/v1/figures/{figure.id}/decision}, sending {@code figure.version}.
   *
   * @param month the last month of the figure's period
   * @param explanation the owner's explanation of a figure outside its usual range, or empty
   */
  record WaitingView(
      String code,
      String name,
      String month,
      ApiViews.StoredFigureView figure,
      String explanation,
      String enteredBy,
      Instant enteredAt) {

    static WaitingView of(Waiting waiting) {
      IndicatorDefinition d = waiting.indicator().definition();
      return new WaitingView(
          d.code(),
          d.name(),
          waiting.figure().period().lastMonth().toString(),
          IndicatorViews.of(waiting.figure()),
          waiting.figure().explanation(),
          waiting.figure().enteredBy(),
          waiting.figure().enteredAt());
    }
  }

  @GetMapping("/my-figures")
  @Operation(
      summary = "The indicators the token's owner may enter figures for",
      description =
          "Needs the READ scope. As the My figures page shows them: each indicator's latest"
              + " figure, the period to enter and whether it is due, overdue, submitted or"
              + " returned. Empty for someone who enters no figures.",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      array = @ArraySchema(schema = @Schema(implementation = MyFigureView.class)))))
  List<MyFigureView> mine(Authentication who) {
    requireScope(who, ApiScope.READ);
    return myFigures.of(who.getName()).stream().map(MyFigureView::of).toList();
  }

  @GetMapping("/approvals")
  @Operation(
      summary = "The approval queue: submitted figures waiting for a decision",
      description = "Needs the READ scope and the performance team, as the approval queue does.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content =
                @Content(
                    array = @ArraySchema(schema = @Schema(implementation = WaitingView.class)))),
        @ApiResponse(responseCode = "403", description = "Not the performance team")
      })
  List<WaitingView> approvals(Authentication who) {
    requireScope(who, ApiScope.READ);
    return queue.waiting(who.getName()).stream().map(WaitingView::of).toList();
  }
}
