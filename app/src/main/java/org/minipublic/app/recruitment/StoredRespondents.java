package org.minipublic.app.recruitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads respondents in full, one or all, and changes one: their details, answers and status. */
@Repository
class StoredRespondents {

    private static final String SELECT =
            """
            select r.id, r.first_name, r.last_name, r.email, r.phone, r.date_of_birth, r.access_needs, r.language,
                r.availability, coalesce(h.area, r.area), coalesce(r.household_key, r.household_id::text), r.channel, r.registered_at, r.status
            from recruitment.respondents r left join recruitment.households h on h.id = r.household_id
            """;

    private final JdbcClient jdbc;

    StoredRespondents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RespondentDetails> find(AssemblyId assembly, RespondentId id) {
        var answers = answers("r.id = :id", Map.of("id", id.value()));
        return jdbc.sql(SELECT + " where r.assembly_id = :a and r.id = :id")
                .param("a", assembly.value())
                .param("id", id.value())
                .query((rs, n) -> details(rs, answers))
                .optional();
    }

    /** Everyone of the assembly, or only those still registered, in order of registration. */
    List<RespondentDetails> all(AssemblyId assembly, boolean registeredOnly) {
        var answers = answers("r.assembly_id = :a", Map.of("a", assembly.value()));
        return jdbc.sql(SELECT + " where r.assembly_id = :a and (not :registered or r.status = 'REGISTERED')"
                        + " order by r.registered_at, r.id")
                .param("a", assembly.value())
                .param("registered", registeredOnly)
                .query((rs, n) -> details(rs, answers))
                .list();
    }

    /** Replaces what they gave; the area only for an imported person (others have their household's). */
    void update(RespondentId id, NewRespondent person, String area) {
        jdbc.sql(
                        """
                update recruitment.respondents set first_name = :first, last_name = :last, email = :email,
                    phone = :phone, date_of_birth = :birth, access_needs = :needs, language = :language,
                    availability = :availability, area = case when channel = 'IMPORT' then :area else area end
                where id = :id
                """)
                .param("first", person.firstName())
                .param("last", person.lastName())
                .param("email", person.email())
                .param("phone", person.phone())
                .param("birth", person.dateOfBirth())
                .param("needs", person.accessNeeds())
                .param("language", person.language())
                .param(
                        "availability",
                        Objects.requireNonNull(person.availability()).name())
                .param("area", area)
                .param("id", id.value())
                .update();
        jdbc.sql("delete from recruitment.answers where respondent_id = :id")
                .param("id", id.value())
                .update();
        person.answers().forEach((category, option) -> jdbc.sql(
                        "insert into recruitment.answers (respondent_id, category_id, option) values (:r, :c, :o)")
                .param("r", id.value())
                .param("c", category.value())
                .param("o", option)
                .update());
    }

    void setWithdrawn(RespondentId id, boolean withdrawn) {
        jdbc.sql("update recruitment.respondents set status = :status where id = :id")
                .param("status", withdrawn ? "WITHDRAWN" : "REGISTERED")
                .param("id", id.value())
                .update();
    }

    /** The household on the address list they registered with, if they did. */
    Optional<HouseholdId> household(RespondentId id) {
        return jdbc.sql("select household_id from recruitment.respondents where id = :id and household_id is not null")
                .param("id", id.value())
                .query((rs, n) -> new HouseholdId(rs.getObject(1, UUID.class)))
                .optional();
    }

    private Map<UUID, Map<CategoryId, String>> answers(String where, Map<String, Object> params) {
        var answers = new HashMap<UUID, Map<CategoryId, String>>();
        jdbc.sql("select a.respondent_id, a.category_id, a.option from recruitment.answers a"
                        + " join recruitment.respondents r on r.id = a.respondent_id where " + where)
                .params(params)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(new CategoryId(rs.getObject(2, UUID.class)), rs.getString(3));
                });
        return answers;
    }

    private static RespondentDetails details(ResultSet rs, Map<UUID, Map<CategoryId, String>> answers)
            throws SQLException {
        var id = rs.getObject(1, UUID.class);
        var person = new NewRespondent(
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getDate(6).toLocalDate(),
                answers.getOrDefault(id, Map.of()),
                rs.getString(7),
                rs.getString(8),
                NewRespondent.Availability.valueOf(rs.getString(9)),
                true);
        return new RespondentDetails(
                new RespondentId(id),
                person,
                Objects.requireNonNullElse(rs.getString(10), ""),
                rs.getString(11),
                RespondentDetails.Source.valueOf(rs.getString(12)),
                rs.getTimestamp(13).toInstant(),
                "WITHDRAWN".equals(rs.getString(14)));
    }
}
