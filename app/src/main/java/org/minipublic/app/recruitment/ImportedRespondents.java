package org.minipublic.app.recruitment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.CopyIn;
import org.minipublic.app.shared.UserId;
import org.springframework.stereotype.Repository;

/**
 * Adds imported respondents to {@code recruitment.respondents} and their answers to {@code recruitment.answers}, in
 * two COPYs on the caller's transaction: five thousand people take a second, not the minutes of one insert each.
 */
@Repository
class ImportedRespondents {

    private final DataSource dataSource;

    ImportedRespondents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Each person is registered a microsecond after the one before, so the pool lists them in the file's order.
     *
     * @return their ids, in the file's order
     */
    List<RespondentId> insertAll(AssemblyId assembly, List<ImportedRespondent> people, UserId by, Instant at) {
        var ids = new ArrayList<RespondentId>();
        var rows = new ArrayList<List<Object>>();
        var answers = new ArrayList<List<Object>>();
        for (var imported : people) {
            var id = RespondentId.random();
            ids.add(id);
            var person = imported.person();
            rows.add(Arrays.asList(
                    id.value(),
                    assembly.value(),
                    person.firstName(),
                    person.lastName(),
                    person.email(),
                    person.phone(),
                    person.dateOfBirth(),
                    person.accessNeeds(),
                    person.language(),
                    Objects.requireNonNull(person.availability()).name(),
                    at,
                    Respondents.Channel.IMPORT.name(),
                    by.value(),
                    at.plusNanos(1000L * ids.size()),
                    imported.area(),
                    imported.householdKey()));
            person.answers().forEach((category, option) -> answers.add(List.of(id.value(), category.value(), option)));
        }
        CopyIn.rows(
                dataSource,
                """
                copy recruitment.respondents (id, assembly_id, first_name, last_name, email, phone, date_of_birth,
                    access_needs, language, availability, consented_at, channel, registered_by, registered_at, area,
                    household_key) from stdin with (format csv)
                """,
                rows);
        CopyIn.rows(
                dataSource,
                "copy recruitment.answers (respondent_id, category_id, option) from stdin with (format csv)",
                answers);
        return ids;
    }
}
