package org.minipublic.app.members;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who was checked in on which day, in {@code members.attendance}: a row means present. Marking is idempotent, so two
 * facilitators tapping the same name at once leave one row and one audit entry.
 */
@Repository
class AttendanceRecords {

    private final JdbcClient jdbc;

    AttendanceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this added the row (false when they were already checked in). */
    boolean checkIn(MemberId member, LocalDate day, @Nullable UserId by, Instant at) {
        return jdbc.sql(
                                """
                insert into members.attendance (member_id, day_date, checked_in_at, checked_in_by)
                values (:member, :day, :at, :by) on conflict do nothing
                """)
                        .param("member", member.value())
                        .param("day", Date.valueOf(day))
                        .param("at", Timestamp.from(at))
                        .param("by", by == null ? null : by.value())
                        .update()
                > 0;
    }

    /** Whether this removed a row (false when they were not checked in). */
    boolean undo(MemberId member, LocalDate day) {
        return jdbc.sql("delete from members.attendance where member_id = :member and day_date = :day")
                        .param("member", member.value())
                        .param("day", Date.valueOf(day))
                        .update()
                > 0;
    }

    /** Who is checked in on the day, among the members expected then (not withdrawn by that day). */
    CheckInCount count(AssemblyId assembly, LocalDate day) {
        return jdbc.sql(
                        """
                select count(a.member_id), count(*) from members.members m
                left join members.attendance a on a.member_id = m.id and a.day_date = :day
                where m.assembly_id = :a and (m.withdrawn_on is null or m.withdrawn_on > :day)
                """)
                .param("a", assembly.value())
                .param("day", Date.valueOf(day))
                .query((rs, n) -> new CheckInCount(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    Set<LocalDate> of(MemberId member) {
        return new HashSet<>(jdbc.sql("select day_date from members.attendance where member_id = :member")
                .param("member", member.value())
                .query((rs, n) -> rs.getDate(1).toLocalDate())
                .list());
    }

    /** The days each of these members attended. */
    Map<MemberId, Set<LocalDate>> of(List<MemberId> members) {
        var attended = new HashMap<MemberId, Set<LocalDate>>();
        if (members.isEmpty()) {
            return attended;
        }
        jdbc.sql("select member_id, day_date from members.attendance where member_id = any(:ids)")
                .param("ids", members.stream().map(MemberId::value).toArray(UUID[]::new))
                .query(rs -> {
                    attended.computeIfAbsent(new MemberId(rs.getObject(1, UUID.class)), k -> new HashSet<>())
                            .add(rs.getDate(2).toLocalDate());
                });
        return attended;
    }

    /** Every attendance of the assembly's members. */
    Map<MemberId, Set<LocalDate>> of(AssemblyId assembly) {
        var attended = new HashMap<MemberId, Set<LocalDate>>();
        jdbc.sql(
                        """
                select a.member_id, a.day_date from members.attendance a
                join members.members m on m.id = a.member_id where m.assembly_id = :a
                """)
                .param("a", assembly.value())
                .query(rs -> {
                    attended.computeIfAbsent(new MemberId(rs.getObject(1, UUID.class)), k -> new HashSet<>())
                            .add(rs.getDate(2).toLocalDate());
                });
        return attended;
    }
}
