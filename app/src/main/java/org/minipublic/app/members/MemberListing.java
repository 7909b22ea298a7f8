package org.minipublic.app.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads members as lists: pages with attendance, the whole assembly for check-in, finance and duplicate checks. */
@Repository
class MemberListing {

    private static final String SUMMARY_COLUMNS =
            "id, first_name, last_name, language, interpreter, access_needs, status, withdrawn_on";
    private static final String FILTER =
            """
            assembly_id = :a and (:status = '' or status = :status)
                and (:search = '' or (first_name || ' ' || last_name) ilike :pattern)
            """;
    private static final String ORDER = " order by lower(first_name), lower(last_name), id";

    private final JdbcClient jdbc;
    private final AttendanceRecords attendance;

    MemberListing(JdbcClient jdbc, AttendanceRecords attendance) {
        this.jdbc = jdbc;
        this.attendance = attendance;
    }

    List<MemberSummary> page(AssemblyId assembly, MemberFilter filter, int offset, int size) {
        var rows = filtered(
                        "select " + SUMMARY_COLUMNS + " from members.members where " + FILTER + ORDER
                                + " offset :offset limit :size",
                        assembly,
                        filter)
                .param("offset", offset)
                .param("size", size)
                .query((rs, n) -> summary(rs, Map.of()))
                .list();
        var attended = attendance.of(rows.stream().map(MemberSummary::id).toList());
        return rows.stream().map(row -> withAttendance(row, attended)).toList();
    }

    long count(AssemblyId assembly, MemberFilter filter) {
        return filtered("select count(*) from members.members where " + FILTER, assembly, filter)
                .query(Long.class)
                .single();
    }

    /** Every member's value in each category, by member. */
    Map<MemberId, Map<String, String>> values(AssemblyId assembly) {
        Map<MemberId, Map<String, String>> values = new java.util.HashMap<>();
        jdbc.sql(
                        """
                select v.member_id, v.category, v.value
                from members.member_values v join members.members m on m.id = v.member_id
                where m.assembly_id = :a
                """)
                .param("a", assembly.value())
                .query(rs -> {
                    values.computeIfAbsent(
                                    new MemberId(rs.getObject(1, java.util.UUID.class)),
                                    id -> new java.util.LinkedHashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                });
        return values;
    }

    /** Every member of the assembly with their attendance, in name order. */
    List<MemberSummary> all(AssemblyId assembly) {
        var attended = attendance.of(assembly);
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from members.members where assembly_id = :a" + ORDER)
                .param("a", assembly.value())
                .query((rs, n) -> summary(rs, attended))
                .list();
    }

    /** What identifies the assembly's members for duplicates in an import (see {@link MemberFile#key}). */
    Set<String> keys(AssemblyId assembly) {
        return new HashSet<>(jdbc.sql(
                        "select first_name, last_name, email, phone from members.members where assembly_id = :a")
                .param("a", assembly.value())
                .query((rs, n) -> MemberFile.key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list());
    }

    /** Every member with their contact details and payment, in name order; days attended are filled in later. */
    List<FinanceRow> finance(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select id, first_name, last_name, email, phone, status, honorarium_pence, expenses_pence,
                    honorarium_paid, expenses_paid
                from members.members where assembly_id = :a
                """
                                + ORDER)
                .param("a", assembly.value())
                .query((rs, n) -> new FinanceRow(
                        new MemberId(rs.getObject("id", UUID.class)),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        MemberStatus.valueOf(rs.getString("status")),
                        new Payment(
                                rs.getLong("honorarium_pence"),
                                rs.getLong("expenses_pence"),
                                rs.getBoolean("honorarium_paid"),
                                rs.getBoolean("expenses_paid")),
                        0))
                .list();
    }

    private JdbcClient.StatementSpec filtered(String sql, AssemblyId assembly, MemberFilter filter) {
        String search = filter.search();
        return jdbc.sql(sql)
                .param("a", assembly.value())
                .param("status", filter.status() == null ? "" : filter.status().name())
                .param("search", search)
                .param(
                        "pattern",
                        "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }

    private static MemberSummary withAttendance(MemberSummary row, Map<MemberId, Set<LocalDate>> attended) {
        return new MemberSummary(
                row.id(),
                row.firstName(),
                row.lastName(),
                row.language(),
                row.interpreter(),
                row.accessNeeds(),
                row.status(),
                row.withdrawnOn(),
                attended.getOrDefault(row.id(), Set.of()));
    }

    private static MemberSummary summary(ResultSet rs, Map<MemberId, Set<LocalDate>> attended) throws SQLException {
        var id = new MemberId(rs.getObject("id", UUID.class));
        var withdrawn = rs.getDate("withdrawn_on");
        return new MemberSummary(
                id,
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("language"),
                rs.getBoolean("interpreter"),
                rs.getString("access_needs"),
                MemberStatus.valueOf(rs.getString("status")),
                withdrawn == null ? null : withdrawn.toLocalDate(),
                attended.getOrDefault(id, Set.of()));
    }
}
