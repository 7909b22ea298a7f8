package org.minipublic.app.members;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members module's part of a person's rights over their data: a copy of the member record, and anonymising it when
 * they are erased, found through the respondent they were selected as or, for members imported or added by hand, by
 * the member record itself. Callers (the privacy module) check who may do this.
 *
 * <p>Anonymising keeps the row, its status and withdrawal date, the days attended and the amounts paid, under the
 * member's id, which then names no one: finance totals, attendance figures and the replacement chain stay right.
 * Everything that says who they were or what they needed goes. A member still taking part, or still owed money, is
 * not anonymised: the first must be withdrawn first, and the second could no longer be paid.
 */
@Service
public class MemberData {

    /** What erasing a respondent, or a member with no respondent, came to in the members module. */
    public enum Erasure {
        NOT_A_MEMBER,
        ANONYMISED,
        STILL_ACTIVE,
        STILL_OWED,
        /** The member was selected from the pool: erasing their respondent erases both, with their recruitment data. */
        SELECTED,
        /** The member record was anonymised before. */
        ALREADY_ERASED
    }

    /** What an anonymised member's first name reads, in lists and the finance export. */
    static final String ERASED = "[erased]";

    private final MemberRecords records;
    private final AttendanceRecords attendance;
    private final PortalCardRecords cards;
    private final JdbcClient jdbc;
    private final Clock clock;

    MemberData(
            MemberRecords records,
            AttendanceRecords attendance,
            PortalCardRecords cards,
            JdbcClient jdbc,
            Clock clock) {
        this.records = records;
        this.attendance = attendance;
        this.cards = cards;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isMember(AssemblyId assembly, RespondentId respondent) {
        return records.findByRespondent(assembly, respondent).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<MemberCopy> copy(AssemblyId assembly, RespondentId respondent) {
        return records.findByRespondent(assembly, respondent).flatMap(id -> copy(assembly, id));
    }

    /** A copy of the member record, whoever it came from. */
    @Transactional(readOnly = true)
    public Optional<MemberCopy> copy(AssemblyId assembly, MemberId id) {
        return records.find(assembly, id)
                .map(member -> new MemberCopy(
                        member.id(),
                        member.profile(),
                        member.wellbeingNotes(),
                        records.values(member.id()),
                        member.payment(),
                        member.status(),
                        member.withdrawal(),
                        attendance.of(member.id()).stream().sorted().toList(),
                        cards.issuedAt(member.id()).orElse(null)));
    }

    /** The respondent the member was selected as, if they were (not for members imported or added by hand). */
    @Transactional(readOnly = true)
    public Optional<RespondentId> respondentOf(AssemblyId assembly, MemberId id) {
        return records.respondentOf(assembly, id);
    }

    /** Anonymises the member the respondent became, unless they still take part or are still owed money. */
    @Transactional
    public Erasure erase(AssemblyId assembly, RespondentId respondent) {
        var id = records.findByRespondent(assembly, respondent);
        return id.isEmpty() ? Erasure.NOT_A_MEMBER : anonymised(assembly, id.get());
    }

    /**
     * Anonymises a member imported or added by hand, unless they still take part or are still owed money; a member
     * selected from the pool is erased through their respondent instead ({@link Erasure#SELECTED}).
     */
    @Transactional
    public Erasure erase(AssemblyId assembly, MemberId id) {
        if (records.respondentOf(assembly, id).isPresent()) {
            return Erasure.SELECTED;
        }
        return anonymised(assembly, id);
    }

    private Erasure anonymised(AssemblyId assembly, MemberId id) {
        var member = records.lock(assembly, id);
        if (member.isEmpty()) {
            return Erasure.NOT_A_MEMBER;
        }
        if (member.get().profile().firstName().equals(ERASED)
                && member.get().profile().email().isEmpty()) {
            return Erasure.ALREADY_ERASED;
        }
        if (member.get().status() == MemberStatus.ACTIVE) {
            return Erasure.STILL_ACTIVE;
        }
        if (member.get().payment().owedPence() > 0) {
            return Erasure.STILL_OWED;
        }
        anonymise(member.get().id());
        return Erasure.ANONYMISED;
    }

    private void anonymise(MemberId member) {
        jdbc.sql(
                        """
                update members.members set respondent_id = null, first_name = :erased, last_name = '', email = '',
                    phone = '', language = '', interpreter = false, access_needs = '', wellbeing_notes = '',
                    withdrawal_reason = '', version = version + 1, updated_at = :at
                where id = :id
                """)
                .param("erased", ERASED)
                .param("at", Timestamp.from(clock.instant()))
                .param("id", member.value())
                .update();
        for (var table : new String[] {"members.member_values", "members.portal_cards"}) {
            jdbc.sql("delete from " + table + " where member_id = :id")
                    .param("id", member.value())
                    .update();
        }
    }
}
