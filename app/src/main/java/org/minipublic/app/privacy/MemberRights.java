package org.minipublic.app.privacy;

import java.util.Optional;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.members.MemberCopy;
import org.minipublic.app.members.MemberData;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberNotFoundException;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests of a member who was imported or added by hand, with no respondent behind them, about their data: a
 * copy of their member record, and erasure, which anonymises it as erasing a respondent anonymises the member they
 * became. A member selected from the pool is served through their respondent ({@link RespondentData}), which covers
 * their recruitment data too. Only those who may see all of a member's record, wellbeing notes included.
 */
@Service
public class MemberRights {

    private final MemberData members;
    private final Identity identity;
    private final AuditLog audit;

    MemberRights(MemberData members, Identity identity, AuditLog audit) {
        this.members = members;
        this.identity = identity;
        this.audit = audit;
    }

    /** The respondent the member was selected as, whose page serves their requests instead; empty for the others. */
    @Transactional(readOnly = true)
    public Optional<RespondentId> respondentOf(Actor actor, AssemblyId assembly, MemberId member) {
        require(actor, assembly);
        return members.respondentOf(assembly, member);
    }

    /** @throws MemberNotFoundException when the member is not one of this assembly's */
    @Transactional
    public MemberCopy copy(Actor actor, AssemblyId assembly, MemberId member) {
        require(actor, assembly);
        var copy = members.copy(assembly, member).orElseThrow(() -> new MemberNotFoundException(member));
        audit.record(AuditRecord.of(actor, assembly, "privacy.copy-made", "Member " + member));
        return copy;
    }

    /**
     * Anonymises the member record.
     *
     * @throws InvalidInputException when the member was selected from the pool (erase the respondent), still takes
     *     part, or is still owed money
     * @throws MemberNotFoundException when the member is not one of this assembly's
     */
    @Transactional
    public void erase(Actor actor, AssemblyId assembly, MemberId member) {
        require(actor, assembly);
        switch (members.erase(assembly, member)) {
            case SELECTED -> throw new InvalidInputException("member", "privacy.erase-member.selected");
            case ALREADY_ERASED -> throw new InvalidInputException("member", "privacy.erase-member.already");
            case STILL_ACTIVE -> throw new InvalidInputException("member", "privacy.erase.member-active");
            case STILL_OWED -> throw new InvalidInputException("member", "privacy.erase.member-owed");
            case NOT_A_MEMBER -> throw new MemberNotFoundException(member);
            case ANONYMISED ->
                audit.record(AuditRecord.of(actor, assembly, "privacy.member-erased", "Member " + member));
        }
    }

    private void require(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_MEMBERS);
        identity.require(actor, assembly, Permission.VIEW_WELLBEING_NOTES);
    }
}
