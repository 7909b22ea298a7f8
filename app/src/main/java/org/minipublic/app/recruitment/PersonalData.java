package org.minipublic.app.recruitment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment's part of a person's rights over their data: a copy of what is held about a respondent, deleting one
 * respondent, and deleting everyone not chosen once the assembly's retention period is over, keeping only their
 * anonymous values for statistics, as the registration form promises. Callers check who may do this.
 */
@Service
public class PersonalData {

    private final StoredRespondents stored;
    private final Pool pool;
    private final RegistrationSetup setup;
    private final Rounds rounds;
    private final JdbcClient jdbc;

    PersonalData(StoredRespondents stored, Pool pool, RegistrationSetup setup, Rounds rounds, JdbcClient jdbc) {
        this.stored = stored;
        this.pool = pool;
        this.setup = setup;
        this.rounds = rounds;
        this.jdbc = jdbc;
    }

    /** Everything recruitment holds about the respondent, with their answers under the categories' names. */
    @Transactional(readOnly = true)
    public Optional<PersonalCopy> copy(AssemblyId assembly, RespondentId id) {
        return stored.find(assembly, id).map(details -> {
            var names = new LinkedHashMap<String, String>();
            for (var category : setup.categories(assembly)) {
                String answer = details.person().answers().get(category.id());
                if (answer != null) {
                    names.put(category.name(), answer);
                }
            }
            var invited = code(id).flatMap(RegistrationCode::parse).flatMap(rounds::byCode);
            return new PersonalCopy(
                    details,
                    names,
                    invited.map(Invited::address).orElse(null),
                    invited.map(i -> i.code().display()).orElse(null));
        });
    }

    /** Deletes the respondent and their answers; the address list and the invitation stay (the household's). */
    @Transactional
    public Forgotten erase(AssemblyId assembly, RespondentId id) {
        return delete(assembly, List.of(id), false);
    }

    /**
     * Deletes every respondent of the assembly except those kept, first keeping the values the lottery used (area,
     * age band, answers) of those still registered, under a new random id each.
     */
    @Transactional
    public Forgotten purge(AssemblyId assembly, Set<RespondentId> keep) {
        return delete(assembly, others(assembly, keep), true);
    }

    /** How many respondents a purge keeping these would delete. */
    @Transactional(readOnly = true)
    public int countOthers(AssemblyId assembly, Set<RespondentId> keep) {
        return others(assembly, keep).size();
    }

    /** How many people's anonymous values are kept, for the privacy page. */
    @Transactional(readOnly = true)
    public int keptPeople(AssemblyId assembly) {
        return jdbc.sql("select count(distinct person) from recruitment.kept_answers where assembly_id = :a")
                .param("a", assembly.value())
                .query(Integer.class)
                .single();
    }

    private List<RespondentId> others(AssemblyId assembly, Set<RespondentId> keep) {
        var kept = new HashSet<>(keep);
        return jdbc
                .sql("select id from recruitment.respondents where assembly_id = :a")
                .param("a", assembly.value())
                .query((rs, n) -> new RespondentId(rs.getObject(1, UUID.class)))
                .list()
                .stream()
                .filter(id -> !kept.contains(id))
                .toList();
    }

    private Forgotten delete(AssemblyId assembly, List<RespondentId> ids, boolean keepValues) {
        if (ids.isEmpty()) {
            return new Forgotten(List.of());
        }
        if (keepValues) {
            keepValues(assembly, new HashSet<>(ids));
        }
        var deleted = new ArrayList<RespondentId>();
        jdbc.sql("delete from recruitment.respondents where assembly_id = :a and id = any(:ids) returning id")
                .param("a", assembly.value())
                .param("ids", ids.stream().map(RespondentId::value).toArray(UUID[]::new))
                .query(rs -> {
                    deleted.add(new RespondentId(rs.getObject(1, UUID.class)));
                });
        return new Forgotten(deleted);
    }

    private void keepValues(AssemblyId assembly, Set<RespondentId> leaving) {
        for (var member : pool.members(assembly)) {
            if (!leaving.contains(member.id())) {
                continue;
            }
            var person = UUID.randomUUID();
            member.values().forEach((category, value) -> jdbc.sql(
                            """
                    insert into recruitment.kept_answers (assembly_id, person, category, value)
                    values (:a, :p, :c, :v)
                    """)
                    .param("a", assembly.value())
                    .param("p", person)
                    .param("c", category)
                    .param("v", value)
                    .update());
        }
    }

    private Optional<String> code(RespondentId id) {
        return jdbc.sql(
                        """
                select i.code from recruitment.respondents r
                join recruitment.invitations i on i.household_id = r.household_id where r.id = :id
                """)
                .param("id", id.value())
                .query(String.class)
                .optional();
    }
}
