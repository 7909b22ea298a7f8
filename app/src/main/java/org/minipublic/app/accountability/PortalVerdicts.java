package org.minipublic.app.accountability;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.minipublic.app.members.PortalMember;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' verdict as each member gives it on the member portal: for every response, a score from 0 to 10 or no
 * view, once. The caller has checked the sign-in ({@link
 * org.minipublic.app.members.web.portal.PortalSessions#visitor}). Only the member's own assembly's round is reachable,
 * and who gave is stored apart from what they gave.
 */
@Service
public class PortalVerdicts {

    private final VerdictRecords records;
    private final RecommendationRecords recommendations;

    PortalVerdicts(VerdictRecords records, RecommendationRecords recommendations) {
        this.records = records;
        this.recommendations = recommendations;
    }

    /** Whether the member has given their verdict, when their assembly's round is open; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<Boolean> invitation(PortalMember member) {
        return records.round(member.assembly())
                .filter(VerdictRound::open)
                .map(r -> records.given(member.assembly(), member.member()));
    }

    /**
     * The responses to give a verdict on, in the recommendations' order.
     *
     * @throws InvalidInputException when the round is not open or the member has given their verdict already, so that
     *     they are told before they fill the form in
     */
    @Transactional(readOnly = true)
    public List<Recommendation> responses(PortalMember member) {
        var given = invitation(member);
        if (given.isEmpty()) {
            throw new InvalidInputException("verdict", "accountability.portal-verdict.closed");
        }
        if (given.get()) {
            throw new InvalidInputException("verdict", "accountability.portal-verdict.already");
        }
        return answered(member);
    }

    /**
     * Stores the member's verdict, once, when they made a choice for every response.
     *
     * @return the responses without a choice (nothing is stored then); empty when stored
     * @throws InvalidInputException when the round is not open, or the member has given their verdict already
     */
    @Transactional
    public List<RecommendationId> give(PortalMember member, Map<RecommendationId, VerdictChoice> choices) {
        if (!records.lockOpen(member.assembly())) {
            throw new InvalidInputException("verdict", "accountability.portal-verdict.closed");
        }
        var responses = answered(member);
        var missing = responses.stream()
                .map(Recommendation::id)
                .filter(id -> !choices.containsKey(id))
                .toList();
        if (!missing.isEmpty()) {
            return missing;
        }
        if (!records.markGiven(member.assembly(), member.member())) {
            throw new InvalidInputException("verdict", "accountability.portal-verdict.already");
        }
        // Choices for anything but this assembly's responses are left out: they are not the member's to give.
        responses.forEach(r -> records.count(r.id(), Objects.requireNonNull(choices.get(r.id()))));
        return List.of();
    }

    private List<Recommendation> answered(PortalMember member) {
        return recommendations.all(member.assembly()).stream()
                .filter(r -> r.response() != null)
                .toList();
    }
}
