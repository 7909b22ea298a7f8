package org.minipublic.app.privacy;

import java.time.Clock;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.confirmation.CallHistory;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.members.MemberData;
import org.minipublic.app.messaging.MailingHistory;
import org.minipublic.app.recruitment.PersonalData;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.recruitment.RespondentNotFoundException;
import org.minipublic.app.selection.RespondentDraws;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A respondent's requests about their data, carried out by the organisers: a copy of everything held about them, and
 * erasure. Erasure deletes their record, answers, calls and reminders and their place on mailings, blanks the
 * messages sent to them, and anonymises the member they became, all in one transaction. The draws keep the
 * respondent's id with their chance, which after erasure names no one, so that every draw can still be checked.
 */
@Service
public class RespondentData {

    private final PersonalData data;
    private final RespondentDraws draws;
    private final CallHistory calls;
    private final MailingHistory mailings;
    private final MemberData members;
    private final Forget forget;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    RespondentData(
            PersonalData data,
            RespondentDraws draws,
            CallHistory calls,
            MailingHistory mailings,
            MemberData members,
            Forget forget,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.data = data;
        this.draws = draws;
        this.calls = calls;
        this.mailings = mailings;
        this.members = members;
        this.forget = forget;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Everything held about the respondent; for someone who became a member, only for those who may see all of a
     * member's record, wellbeing notes included (the copy leaves nothing out).
     *
     * @throws RespondentNotFoundException when the respondent is not one of this assembly's
     */
    @Transactional
    public DataCopy copy(Actor actor, AssemblyId assembly, RespondentId respondent) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var registration =
                data.copy(assembly, respondent).orElseThrow(() -> new RespondentNotFoundException(respondent));
        var member = members.copy(assembly, respondent);
        if (member.isPresent()) {
            requireMemberRights(actor, assembly);
        }
        audit.record(AuditRecord.of(actor, assembly, "privacy.copy-made", "Respondent " + respondent));
        return new DataCopy(
                clock.instant(),
                registration,
                draws.history(assembly, respondent),
                draws.alternates(assembly, respondent),
                draws.ceremonies(assembly, respondent),
                calls.calls(assembly, respondent),
                calls.reminders(assembly, respondent),
                mailings.received(assembly, respondent),
                member.orElse(null));
    }

    /**
     * Deletes what is held about the respondent.
     *
     * @throws InvalidInputException when they hold a seat on the panel (record their withdrawal first, so that a
     *     replacement can be drawn), or became a member who still takes part or is still owed money
     */
    @Transactional
    public void erase(Actor actor, AssemblyId assembly, RespondentId respondent) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        if (data.copy(assembly, respondent).isEmpty()) {
            throw new RespondentNotFoundException(respondent);
        }
        if (draws.seated(assembly, respondent)) {
            throw new InvalidInputException("respondent", "privacy.erase.seated");
        }
        boolean member = eraseMember(actor, assembly, respondent);
        var forgotten = data.erase(assembly, respondent);
        forget.everywhere(assembly, forgotten);
        var entry = AuditRecord.of(actor, assembly, "privacy.erased", "Respondent " + respondent);
        audit.record(member ? entry.withChange(null, "member record anonymised") : entry);
    }

    /** Whether they were a member, whose record is now anonymised; refuses when it may not be yet. */
    private boolean eraseMember(Actor actor, AssemblyId assembly, RespondentId respondent) {
        if (!members.isMember(assembly, respondent)) {
            return false;
        }
        requireMemberRights(actor, assembly);
        return switch (members.erase(assembly, respondent)) {
            case STILL_ACTIVE -> throw new InvalidInputException("respondent", "privacy.erase.member-active");
            case STILL_OWED -> throw new InvalidInputException("respondent", "privacy.erase.member-owed");
            case ANONYMISED -> true;
            case NOT_A_MEMBER -> false;
            case SELECTED, ALREADY_ERASED -> // its link to the respondent went with the first erasure
                throw new IllegalStateException("only erasing a member by id says SELECTED or ALREADY_ERASED");
        };
    }

    private void requireMemberRights(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_MEMBERS);
        identity.require(actor, assembly, Permission.VIEW_WELLBEING_NOTES);
    }
}
