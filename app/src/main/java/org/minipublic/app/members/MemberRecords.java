package org.minipublic.app.members;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores members in {@code members.members} and their category values in {@code members.member_values}. */
@Repository
class MemberRecords {

    /** How a member came to the assembly, for the record. */
    enum Source {
        SELECTION,
        IMPORT,
        BY_HAND
    }

    private static final String COLUMNS =
            """
            id, assembly_id, first_name, last_name, email, phone, language, interpreter, access_needs,
            wellbeing_notes, honorarium_pence, expenses_pence, honorarium_paid, expenses_paid, status, withdrawn_on,
            withdrawal_reason, replaced_by, version
            """;

    private final JdbcClient jdbc;

    MemberRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MemberId id, AssemblyId assembly, NewMember member, Payment payment, Source source, Instant at) {
        var profile = member.profile();
        jdbc.sql(
                        """
                insert into members.members (id, assembly_id, respondent_id, first_name, last_name, email, phone,
                    language, interpreter, access_needs, honorarium_pence, expenses_pence, source, created_at,
                    updated_at)
                values (:id, :assembly, :respondent, :first, :last, :email, :phone, :language, :interpreter, :needs,
                    :honorarium, :expenses, :source, :at, :at)
                """)
                .param("id", id.value())
                .param("assembly", assembly.value())
                .param(
                        "respondent",
                        member.respondent() == null ? null : member.respondent().value())
                .param("first", profile.firstName())
                .param("last", profile.lastName())
                .param("email", profile.email())
                .param("phone", profile.phone())
                .param("language", profile.language())
                .param("interpreter", profile.interpreter())
                .param("needs", profile.accessNeeds())
                .param("honorarium", payment.honorariumPence())
                .param("expenses", payment.expensesPence())
                .param("source", source.name())
                .param("at", Timestamp.from(at))
                .update();
        member.values().forEach((category, value) -> jdbc.sql(
                        "insert into members.member_values (member_id, category, value) values (:id, :category, :value)")
                .param("id", id.value())
                .param("category", category)
                .param("value", value)
                .update());
    }

    Optional<StoredMember> find(AssemblyId assembly, MemberId id) {
        return jdbc.sql("select " + COLUMNS + " from members.members where assembly_id = :a and id = :id")
                .param("a", assembly.value())
                .param("id", id.value())
                .query((rs, n) -> stored(rs))
                .optional();
    }

    /** Locks the member's row until the transaction ends, so that two edits or withdrawals cannot interleave. */
    Optional<StoredMember> lock(AssemblyId assembly, MemberId id) {
        return jdbc.sql("select " + COLUMNS + " from members.members where assembly_id = :a and id = :id for update")
                .param("a", assembly.value())
                .param("id", id.value())
                .query((rs, n) -> stored(rs))
                .optional();
    }

    Optional<MemberId> findByRespondent(AssemblyId assembly, RespondentId respondent) {
        return jdbc.sql("select id from members.members where assembly_id = :a and respondent_id = :r")
                .param("a", assembly.value())
                .param("r", respondent.value())
                .query((rs, n) -> new MemberId(rs.getObject(1, UUID.class)))
                .optional();
    }

    /** The respondent the member was selected as; empty for members imported or added by hand, and erased ones. */
    Optional<RespondentId> respondentOf(AssemblyId assembly, MemberId id) {
        return jdbc.sql(
                        """
                select respondent_id from members.members
                where assembly_id = :a and id = :id and respondent_id is not null
                """)
                .param("a", assembly.value())
                .param("id", id.value())
                .query((rs, n) -> new RespondentId(rs.getObject(1, UUID.class)))
                .optional();
    }

    /** The member whose place this one took, if any. */
    Optional<MemberId> replaced(MemberId replacement) {
        return jdbc
                .sql("select id from members.members where replaced_by = :id")
                .param("id", replacement.value())
                .query((rs, n) -> new MemberId(rs.getObject(1, UUID.class)))
                .list()
                .stream()
                .findFirst();
    }

    Map<String, String> values(MemberId id) {
        var values = new LinkedHashMap<String, String>();
        jdbc.sql("select category, value from members.member_values where member_id = :id order by category")
                .param("id", id.value())
                .query(rs -> {
                    values.put(rs.getString(1), rs.getString(2));
                });
        return values;
    }

    /** Saves an edit unless the member changed since {@code version} was read; notes stay unless given. */
    boolean update(MemberId id, MemberChanges changes, int version, Instant at) {
        var profile = changes.profile();
        var payment = changes.payment();
        return jdbc.sql(
                                """
                update members.members set first_name = :first, last_name = :last, email = :email, phone = :phone,
                    language = :language, interpreter = :interpreter, access_needs = :needs,
                    wellbeing_notes = coalesce(:notes, wellbeing_notes), honorarium_pence = :honorarium,
                    expenses_pence = :expenses, honorarium_paid = :honorariumPaid, expenses_paid = :expensesPaid,
                    version = version + 1, updated_at = :at
                where id = :id and version = :version
                """)
                        .param("first", profile.firstName())
                        .param("last", profile.lastName())
                        .param("email", profile.email())
                        .param("phone", profile.phone())
                        .param("language", profile.language())
                        .param("interpreter", profile.interpreter())
                        .param("needs", profile.accessNeeds())
                        .param("notes", changes.wellbeingNotes())
                        .param("honorarium", payment.honorariumPence())
                        .param("expenses", payment.expensesPence())
                        .param("honorariumPaid", payment.honorariumPaid())
                        .param("expensesPaid", payment.expensesPaid())
                        .param("at", Timestamp.from(at))
                        .param("id", id.value())
                        .param("version", version)
                        .update()
                > 0;
    }

    void withdraw(MemberId id, Withdrawal withdrawal, Instant at) {
        jdbc.sql(
                        """
                update members.members set status = 'WITHDRAWN', withdrawn_on = :on, withdrawal_reason = :reason,
                    replaced_by = :replacement, version = version + 1, updated_at = :at
                where id = :id
                """)
                .param("on", Date.valueOf(withdrawal.on()))
                .param("reason", withdrawal.reason())
                .param(
                        "replacement",
                        withdrawal.replacement() == null
                                ? null
                                : withdrawal.replacement().value())
                .param("at", Timestamp.from(at))
                .param("id", id.value())
                .update();
    }

    private static StoredMember stored(ResultSet rs) throws SQLException {
        var status = MemberStatus.valueOf(rs.getString("status"));
        return new StoredMember(
                new MemberId(rs.getObject("id", UUID.class)),
                new AssemblyId(rs.getObject("assembly_id", UUID.class)),
                profile(rs),
                rs.getString("wellbeing_notes"),
                new Payment(
                        rs.getLong("honorarium_pence"),
                        rs.getLong("expenses_pence"),
                        rs.getBoolean("honorarium_paid"),
                        rs.getBoolean("expenses_paid")),
                status,
                status == MemberStatus.WITHDRAWN ? withdrawal(rs) : null,
                rs.getInt("version"));
    }

    static MemberProfile profile(ResultSet rs) throws SQLException {
        return new MemberProfile(
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("language"),
                rs.getBoolean("interpreter"),
                rs.getString("access_needs"));
    }

    private static Withdrawal withdrawal(ResultSet rs) throws SQLException {
        UUID replacement = rs.getObject("replaced_by", UUID.class);
        return new Withdrawal(
                rs.getDate("withdrawn_on").toLocalDate(),
                rs.getString("withdrawal_reason"),
                replacement == null ? null : new MemberId(replacement));
    }
}
