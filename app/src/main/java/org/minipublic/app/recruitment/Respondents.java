package org.minipublic.app.recruitment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores respondents in {@code recruitment.respondents} and their answers in {@code recruitment.answers}. */
@Repository
class Respondents {

    enum Channel {
        ONLINE,
        PHONE,
        IMPORT
    }

    private final JdbcClient jdbc;

    Respondents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(AssemblyId assembly) {
        return jdbc.sql("select count(*) from recruitment.respondents where assembly_id = :a")
                .param("a", assembly.value())
                .query(Long.class)
                .single();
    }

    /** Holds the household until the transaction ends, so that two people cannot both take its last place. */
    void lock(HouseholdId household) {
        jdbc.sql("select id from recruitment.households where id = :h for update")
                .param("h", household.value())
                .query(UUID.class)
                .list();
    }

    /** Registered (not withdrawn) people of the household. */
    int inHousehold(HouseholdId household) {
        return jdbc.sql(
                        "select count(*) from recruitment.respondents where household_id = :h and status = 'REGISTERED'")
                .param("h", household.value())
                .query(Integer.class)
                .single();
    }

    void insert(
            RespondentId id,
            AssemblyId assembly,
            HouseholdId household,
            NewRespondent person,
            Channel channel,
            @Nullable UserId staff,
            Instant at) {
        jdbc.sql(
                        """
                insert into recruitment.respondents (id, assembly_id, household_id, first_name, last_name, email, phone,
                    date_of_birth, access_needs, language, availability, consented_at, channel, registered_by,
                    registered_at)
                values (:id, :a, :h, :first, :last, :email, :phone, :birth, :needs, :language, :availability, :at,
                    :channel, :staff, :at)
                """)
                .param("id", id.value())
                .param("a", assembly.value())
                .param("h", household.value())
                .param("first", person.firstName())
                .param("last", person.lastName())
                .param("email", person.email())
                .param("phone", person.phone())
                .param("birth", person.dateOfBirth())
                .param("needs", person.accessNeeds())
                .param("language", person.language())
                .param(
                        "availability",
                        java.util.Objects.requireNonNull(person.availability()).name())
                .param("channel", channel.name())
                .param("staff", staff == null ? null : staff.value())
                .param("at", Timestamp.from(at))
                .update();
        person.answers().forEach((category, option) -> jdbc.sql(
                        "insert into recruitment.answers (respondent_id, category_id, option) values (:r, :c, :o)")
                .param("r", id.value())
                .param("c", category.value())
                .param("o", option)
                .update());
    }

    /** Where to send the confirmation: e-mail address and preferred language, if they gave an address. */
    Optional<Contact> contact(RespondentId id) {
        return jdbc.sql(
                        "select email, language, assembly_id from recruitment.respondents where id = :id and email <> ''")
                .param("id", id.value())
                .query((rs, n) ->
                        new Contact(rs.getString(1), rs.getString(2), new AssemblyId(rs.getObject(3, UUID.class))))
                .optional();
    }

    /** How to reach a respondent by e-mail. */
    record Contact(String email, String language, AssemblyId assembly) {}
}
