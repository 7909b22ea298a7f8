package org.minipublic.app.accountability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.accountability.Action;
import org.minipublic.app.accountability.PublicAccountability;
import org.minipublic.app.accountability.PublicRecord;
import org.minipublic.app.accountability.Recommendation;
import org.minipublic.app.accountability.RecommendationId;
import org.minipublic.app.accountability.Response;
import org.minipublic.app.accountability.VerdictFigures;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/assemblies/{id}/recommendations}, {@code …/responses} and {@code …/actions}: the published record of
 * what became of an assembly's recommendations, as JSON, once organisers publish it. A published interface: add
 * fields, never rename or remove one. Statuses are lower case with underscores, e.g. "accepted_in_part".
 */
@RestController
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class AccountabilityApiController {

    /** How the assembly voted: votes meeting the ballot's rule out of the base, and the share in per cent. */
    record Vote(int meeting, int base, double percent, boolean adopted) {}

    /** The members' verdict on a response: a score from 0 to 10 (or null) and their statement. */
    record Verdict(@Nullable BigDecimal score, String statement) {}

    /**
     * The scores the members gave a response on the portal, once published: how many scored it and how many had no
     * view, and the median and mean, which are null when fewer than {@link VerdictFigures#MINIMUM} scored it.
     */
    record MembersScores(int scores, int noView, @Nullable Double median, @Nullable Double mean) {

        static MembersScores of(VerdictFigures f) {
            return new MembersScores(f.count(), f.noView(), f.shown() ? f.median() : null, f.shown() ? f.mean() : null);
        }
    }

    /** The institution's response to one recommendation. */
    record PublicResponse(
            String recommendationId,
            String status,
            String reasoning,
            String responsibleBody,
            LocalDate respondedOn,
            @Nullable Verdict membersVerdict,
            @Nullable MembersScores membersScores) {}

    /** One recommendation, with its vote and response when there are, and the ids of the actions answering it. */
    record PublicRecommendation(
            String id,
            int position,
            String title,
            String text,
            @Nullable Vote vote,
            @Nullable PublicResponse response,
            boolean responseOverdue,
            List<String> actions) {}

    record PublicMilestone(String title, LocalDate dueOn, @Nullable LocalDate doneOn) {}

    record PublicUpdate(Instant postedAt, String status, String text, String evidenceUrl) {}

    record PublicAction(
            String id,
            String title,
            String description,
            String owner,
            String partners,
            String status,
            List<String> recommendations,
            List<PublicMilestone> milestones,
            List<PublicUpdate> updates) {}

    private final PublicAccountability accountability;

    AccountabilityApiController(PublicAccountability accountability) {
        this.accountability = accountability;
    }

    @Operation(
            summary = "Recommendations",
            description =
                    "Every recommendation in order, with its vote result, the institution's response, the members' verdict and the actions that answer it.")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such assembly, or not published yet")
    @GetMapping("/api/v1/assemblies/{id}/recommendations")
    List<PublicRecommendation> recommendations(@PathVariable("id") AssemblyId assemblyId) {
        var record = published(assemblyId);
        return record.recommendations().stream()
                .map(r -> recommendation(record, r))
                .toList();
    }

    @Operation(
            summary = "Responses",
            description =
                    "The institution's response to each recommendation it has answered, with the members' verdict and scores once published.")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such assembly, or not published yet")
    @GetMapping("/api/v1/assemblies/{id}/responses")
    List<PublicResponse> responses(@PathVariable("id") AssemblyId assemblyId) {
        var record = published(assemblyId);
        return record.recommendations().stream()
                .filter(r -> r.response() != null)
                .map(r -> response(r.id(), java.util.Objects.requireNonNull(r.response()), record.verdictFor(r.id())))
                .toList();
    }

    @Operation(
            summary = "Action plan",
            description =
                    "Every action with its owner, status, milestones, progress updates and the recommendations it answers.")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such assembly, or not published yet")
    @GetMapping("/api/v1/assemblies/{id}/actions")
    List<PublicAction> actions(@PathVariable("id") AssemblyId assemblyId) {
        return published(assemblyId).actions().stream()
                .map(AccountabilityApiController::action)
                .toList();
    }

    private PublicRecord published(AssemblyId assemblyId) {
        return accountability
                .published(assemblyId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static PublicRecommendation recommendation(PublicRecord record, Recommendation r) {
        var vote = r.vote();
        var response = r.response();
        return new PublicRecommendation(
                r.id().toString(),
                r.position() + 1,
                r.title(),
                r.body(),
                vote == null ? null : new Vote(vote.meeting(), vote.base(), vote.percent(), vote.adopted()),
                response == null ? null : response(r.id(), response, record.verdictFor(r.id())),
                r.overdue(record.responseDue(), record.today()),
                record.actionsFor(r.id()).stream().map(a -> a.id().toString()).toList());
    }

    private static PublicResponse response(RecommendationId id, Response response, @Nullable VerdictFigures figures) {
        boolean verdict = response.hasVerdict() || !response.verdictStatement().isEmpty();
        return new PublicResponse(
                id.toString(),
                name(response.status()),
                response.reasoning(),
                response.responsibleBody(),
                response.respondedOn(),
                verdict ? new Verdict(response.verdictScore(), response.verdictStatement()) : null,
                figures == null ? null : MembersScores.of(figures));
    }

    private static PublicAction action(Action a) {
        return new PublicAction(
                a.id().toString(),
                a.title(),
                a.text().description(),
                a.text().owner(),
                a.text().partners(),
                name(a.status()),
                a.recommendations().stream().map(RecommendationId::toString).toList(),
                a.milestones().stream()
                        .map(m -> new PublicMilestone(m.title(), m.dueOn(), m.doneOn()))
                        .toList(),
                a.updates().stream()
                        .map(u -> new PublicUpdate(u.postedAt(), name(u.status()), u.body(), u.evidenceUrl()))
                        .toList());
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
