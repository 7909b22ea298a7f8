package org.minipublic.app.surveys;

import java.util.List;
import java.util.function.Function;
import org.minipublic.app.members.PortalMember;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.surveys.ResponseRecords.Respondent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' surveys on the member portal, for a member signed in with their card. The caller has checked the sign-in
 * ({@link org.minipublic.app.members.web.portal.PortalSessions#visitor}); each member answers each survey once, and only an
 * identified survey keeps who answered.
 */
@Service
public class PortalSurveys {

    private final MemberResponses members;

    PortalSurveys(MemberResponses members) {
        this.members = members;
    }

    /** The assembly's open members' surveys, each with whether this member has answered it. */
    @Transactional(readOnly = true)
    public List<MemberSurvey> open(PortalMember member) {
        return members.open(
                member.assembly(), Respondent.MEMBER, member.member().value());
    }

    /**
     * A members' survey for the member to answer now.
     *
     * @throws SurveyNotFoundException unless it is a members' survey of the member's assembly that has opened
     * @throws InvalidInputException when the member has answered it already or it is closed, so that they are told
     *     before they fill the form in rather than after
     */
    @Transactional(readOnly = true)
    public Survey survey(PortalMember member, SurveyId id) {
        var survey = members.find(member.assembly(), id);
        var open = open(member).stream().filter(s -> s.id().equals(id)).findFirst();
        if (open.isEmpty()) {
            throw new InvalidInputException("survey", "surveys.answer.closed");
        }
        if (open.get().answered()) {
            throw new InvalidInputException("survey", "surveys.answer.already");
        }
        return survey;
    }

    @Transactional
    public Answering.Outcome answer(
            PortalMember member, SurveyId id, String language, Function<Question, List<String>> given) {
        var survey = members.find(member.assembly(), id);
        return members.answer(survey, Respondent.MEMBER, member.member().value(), language, given);
    }
}
