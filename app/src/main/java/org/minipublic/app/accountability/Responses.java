package org.minipublic.app.accountability;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.voting.Ballot;
import org.minipublic.app.voting.BallotId;
import org.minipublic.app.voting.Ballots;
import org.minipublic.app.voting.Results;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assembly's recommendations and the institution's response to each. Organisers bring the recommendations in
 * (the adopted items of a closed ballot, with their vote, or typed in), set the date the institution promised to
 * respond by, record the members' verdict on each response, and publish; officers respond. Every change is audited.
 */
@Service
public class Responses {

    static final int TITLE_LIMIT = 200;
    static final int TEXT_LIMIT = 4000;
    static final int NAME_LIMIT = 200;

    private final RecommendationRecords records;
    private final Ballots ballots;
    private final Results results;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Responses(
            RecommendationRecords records,
            Ballots ballots,
            Results results,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.ballots = ballots;
        this.results = results;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** The recommendations in order, each with its vote and response. */
    @Transactional(readOnly = true)
    public List<Recommendation> all(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        return records.all(assembly);
    }

    /**
     * One recommendation.
     *
     * @throws RecommendationNotFoundException when the assembly has none with this id
     */
    @Transactional(readOnly = true)
    public Recommendation recommendation(Actor actor, AssemblyId assembly, RecommendationId id) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        return records.find(assembly, id).orElseThrow(() -> new RecommendationNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public Settings settings(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        return records.settings(assembly);
    }

    /** The closed ballots whose adopted items can be brought in, oldest first. */
    @Transactional(readOnly = true)
    public List<Ballot> closedBallots(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECOMMENDATIONS);
        return ballots.all(actor, assembly).stream().filter(Ballot::isClosed).toList();
    }

    /**
     * Brings in every adopted item of a closed ballot not brought in before, with its vote, in ballot order.
     *
     * @return how many were added
     * @throws InvalidInputException when the ballot is not closed, or its count cannot be trusted
     */
    @Transactional
    public int bringInAdopted(Actor actor, AssemblyId assembly, BallotId ballotId) {
        identity.require(actor, assembly, Permission.MANAGE_RECOMMENDATIONS);
        records.lock(assembly);
        var count = results.count(actor, assembly, ballotId);
        if (!count.intact()) {
            throw new InvalidInputException("ballot", "accountability.ballot.broken");
        }
        var known = new HashSet<>(records.itemIds(assembly));
        int added = 0;
        for (var result : count.items()) {
            var item = count.ballot().items().get(result.position());
            if (!result.adopted() || known.contains(item.id().value())) {
                continue;
            }
            records.insert(
                    RecommendationId.random(),
                    assembly,
                    item.title(),
                    item.body(),
                    ballotId.value(),
                    item.id().value(),
                    new VoteFigure(result.meeting(), result.base(), true));
            added++;
        }
        if (added > 0) {
            audit.record(AuditRecord.of(actor, assembly, "accountability.recommendations-added", "Ballot " + ballotId)
                    .withChange(null, added + " adopted recommendations"));
        }
        return added;
    }

    /** Adds a recommendation typed in (one not voted on in this app). */
    @Transactional
    public RecommendationId add(Actor actor, AssemblyId assembly, String title, String body) {
        identity.require(actor, assembly, Permission.MANAGE_RECOMMENDATIONS);
        String cleanTitle = title.strip();
        String cleanBody = body.strip().replace("\r\n", "\n");
        if (cleanTitle.isEmpty() || cleanTitle.length() > TITLE_LIMIT) {
            throw new InvalidInputException("title", "accountability.recommendation.title-length", TITLE_LIMIT);
        }
        if (cleanBody.length() > TEXT_LIMIT) {
            throw new InvalidInputException("body", "accountability.recommendation.body-length", TEXT_LIMIT);
        }
        var id = RecommendationId.random();
        records.lock(assembly);
        records.insert(id, assembly, cleanTitle, cleanBody, null, null, null);
        audit.record(AuditRecord.of(actor, assembly, "accountability.recommendation-added", "Recommendation " + id)
                .withChange(null, cleanTitle));
        return id;
    }

    /** Removes a recommendation that has no response and no action yet (added by mistake). */
    @Transactional
    public void remove(Actor actor, AssemblyId assembly, RecommendationId id) {
        identity.require(actor, assembly, Permission.MANAGE_RECOMMENDATIONS);
        var before = recommendation(actor, assembly, id);
        if (!records.deleteUnanswered(assembly, id)) {
            throw new InvalidInputException("recommendation", "accountability.recommendation.in-use");
        }
        audit.record(AuditRecord.of(actor, assembly, "accountability.recommendation-removed", "Recommendation " + id)
                .withChange(before.title(), null));
    }

    /**
     * Records or changes the institution's response, unless someone else changed it since {@code version} (-1 when
     * there was none).
     */
    @Transactional
    public void respond(Actor actor, AssemblyId assembly, RecommendationId id, ResponseText text, int version) {
        identity.require(actor, assembly, Permission.RESPOND_TO_RECOMMENDATIONS);
        var before = recommendation(actor, assembly, id);
        if (text.reasoning().isEmpty() || text.reasoning().length() > TEXT_LIMIT) {
            throw new InvalidInputException("reasoning", "accountability.response.reasoning-length", TEXT_LIMIT);
        }
        if (text.responsibleBody().length() > NAME_LIMIT) {
            throw new InvalidInputException("responsibleBody", "accountability.response.body-length", NAME_LIMIT);
        }
        if (text.officer().length() > NAME_LIMIT) {
            throw new InvalidInputException("officer", "accountability.response.officer-length", NAME_LIMIT);
        }
        if (text.respondedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("respondedOn", "accountability.response.in-future");
        }
        if (!records.saveResponse(id, text, version)) {
            throw new InvalidInputException("reasoning", "accountability.response.changed-meanwhile");
        }
        var old = before.response();
        audit.record(AuditRecord.of(actor, assembly, "accountability.responded", "Recommendation " + id)
                .withChange(
                        old == null ? null : old.status().name() + ": " + old.reasoning(),
                        text.status().name() + ": " + text.reasoning()));
    }

    /**
     * Records the members' verdict on a response: how far, from 0 to 10, it meets their recommendation (a blank score
     * clears it), and their collective statement.
     */
    @Transactional
    public void recordVerdict(
            Actor actor, AssemblyId assembly, RecommendationId id, @Nullable BigDecimal score, String statement) {
        identity.require(actor, assembly, Permission.MANAGE_RECOMMENDATIONS);
        var before = recommendation(actor, assembly, id);
        if (before.response() == null) {
            throw new InvalidInputException("score", "accountability.verdict.no-response");
        }
        if (score != null
                && (score.compareTo(BigDecimal.ZERO) < 0
                        || score.compareTo(BigDecimal.TEN) > 0
                        || score.stripTrailingZeros().scale() > 1)) {
            throw new InvalidInputException("score", "accountability.verdict.score-range");
        }
        String clean = statement.strip().replace("\r\n", "\n");
        if (clean.length() > TEXT_LIMIT) {
            throw new InvalidInputException("statement", "accountability.verdict.statement-length", TEXT_LIMIT);
        }
        records.saveVerdict(id, score, clean);
        var response = java.util.Objects.requireNonNull(before.response());
        audit.record(AuditRecord.of(actor, assembly, "accountability.verdict-recorded", "Recommendation " + id)
                .withChange(verdict(response.verdictScore(), response.verdictStatement()), verdict(score, clean)));
    }

    /** Sets (or clears) the date the institution promised to respond by. */
    @Transactional
    public void setResponseDue(Actor actor, AssemblyId assembly, @Nullable LocalDate due) {
        identity.require(actor, assembly, Permission.MANAGE_RECOMMENDATIONS);
        var before = records.settings(assembly);
        records.saveResponseDue(assembly, due);
        audit.record(AuditRecord.of(actor, assembly, "accountability.response-due-set", "Assembly " + assembly)
                .withChange(String.valueOf(before.responseDue()), String.valueOf(due)));
    }

    /** Publishes the responses and the action plan on the public page, or takes them down. */
    @Transactional
    public void publish(Actor actor, AssemblyId assembly, boolean published) {
        identity.require(actor, assembly, Permission.MANAGE_RECOMMENDATIONS);
        if (published && records.all(assembly).isEmpty()) {
            throw new InvalidInputException("published", "accountability.publish.nothing");
        }
        records.savePublished(assembly, published, LocalDate.now(clock));
        audit.record(AuditRecord.of(
                actor,
                assembly,
                published ? "accountability.published" : "accountability.unpublished",
                "Assembly " + assembly));
    }

    private static String verdict(@Nullable BigDecimal score, String statement) {
        return (score == null ? "no score" : score.toPlainString() + " / 10")
                + (statement.isEmpty() ? "" : ": " + statement);
    }

    /** Today, in the installation's clock, for overdue flags. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
