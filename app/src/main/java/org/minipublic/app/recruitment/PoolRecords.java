package org.minipublic.app.recruitment;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the pool: respondents with their areas and their answers. A respondent who registered with a letter's code
 * has the area of their household on the address list; an imported respondent has the area from the file.
 */
@Repository
class PoolRecords {

    /** A registered respondent's raw facts, before derived categories are worked out. */
    record Raw(RespondentId id, HouseholdId household, String area, LocalDate birth, Map<CategoryId, String> answers) {}

    private final JdbcClient jdbc;

    PoolRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Raw> registered(AssemblyId assembly) {
        var answers = answers(assembly);
        return jdbc.sql(
                        """
                select r.id, r.household_id, coalesce(h.area, r.area), r.date_of_birth, r.household_key
                from recruitment.respondents r left join recruitment.households h on h.id = r.household_id
                where r.assembly_id = :a and r.status = 'REGISTERED' order by r.registered_at, r.id
                """)
                .param("a", assembly.value())
                .query((rs, n) -> {
                    var id = new RespondentId(rs.getObject(1, UUID.class));
                    return new Raw(
                            id,
                            household(assembly, id, rs.getObject(2, UUID.class), rs.getString(5)),
                            rs.getString(3),
                            rs.getDate(4).toLocalDate(),
                            answers.getOrDefault(id, Map.of()));
                })
                .list();
    }

    /**
     * The household the lottery sees: the address list's, or for an imported respondent one made from the file's
     * household key (the same key, whatever its case or spacing, is the same household) or, without a key, their own.
     * Made from the key rather than stored, so it stays the same however often the pool is read.
     */
    static HouseholdId household(
            AssemblyId assembly, RespondentId id, @Nullable UUID listed, @Nullable String householdKey) {
        if (listed != null) {
            return new HouseholdId(listed);
        }
        if (householdKey == null || householdKey.isBlank()) {
            return new HouseholdId(id.value());
        }
        String key = householdKey.strip().toLowerCase(Locale.ROOT);
        return new HouseholdId(UUID.nameUUIDFromBytes(
                ("imported household " + assembly + " " + key).getBytes(StandardCharsets.UTF_8)));
    }

    private Map<RespondentId, Map<CategoryId, String>> answers(AssemblyId assembly) {
        var answers = new HashMap<RespondentId, Map<CategoryId, String>>();
        jdbc.sql(
                        """
                select a.respondent_id, a.category_id, a.option from recruitment.answers a
                join recruitment.respondents r on r.id = a.respondent_id where r.assembly_id = :a
                """)
                .param("a", assembly.value())
                .query(rs -> {
                    answers.computeIfAbsent(new RespondentId(rs.getObject(1, UUID.class)), k -> new LinkedHashMap<>())
                            .put(new CategoryId(rs.getObject(2, UUID.class)), rs.getString(3));
                });
        return answers;
    }

    List<RespondentSummary> page(AssemblyId assembly, String search, int offset, int size) {
        return jdbc.sql(
                        """
                select r.id, r.first_name || ' ' || r.last_name, coalesce(h.area, r.area),
                    case when r.email <> '' then r.email else r.phone end, r.registered_at, r.channel, r.status
                from recruitment.respondents r left join recruitment.households h on h.id = r.household_id
                where r.assembly_id = :a and (:search = '' or (r.first_name || ' ' || r.last_name) ilike :pattern
                    or r.email ilike :pattern)
                order by r.registered_at desc, r.id offset :offset limit :size
                """)
                .param("a", assembly.value())
                .param("search", search)
                .param(
                        "pattern",
                        "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("offset", offset)
                .param("size", size)
                .query((rs, n) -> summary(rs))
                .list();
    }

    List<RespondentSummary> byIds(AssemblyId assembly, java.util.Collection<RespondentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                select r.id, r.first_name || ' ' || r.last_name, coalesce(h.area, r.area),
                    case when r.email <> '' then r.email else r.phone end, r.registered_at, r.channel, r.status
                from recruitment.respondents r left join recruitment.households h on h.id = r.household_id
                where r.assembly_id = :a and r.id = any(:ids)
                """)
                .param("a", assembly.value())
                .param("ids", ids.stream().map(RespondentId::value).toArray(UUID[]::new))
                .query((rs, n) -> summary(rs))
                .list();
    }

    long count(AssemblyId assembly, String search) {
        return jdbc.sql(
                        """
                select count(*) from recruitment.respondents r where r.assembly_id = :a and (:search = ''
                    or (r.first_name || ' ' || r.last_name) ilike :pattern or r.email ilike :pattern)
                """)
                .param("a", assembly.value())
                .param("search", search)
                .param(
                        "pattern",
                        "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .query(Long.class)
                .single();
    }

    private static RespondentSummary summary(ResultSet rs) throws SQLException {
        return new RespondentSummary(
                new RespondentId(rs.getObject(1, UUID.class)),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                "PHONE".equals(rs.getString(6)),
                "WITHDRAWN".equals(rs.getString(7)),
                "IMPORT".equals(rs.getString(6)));
    }
}
