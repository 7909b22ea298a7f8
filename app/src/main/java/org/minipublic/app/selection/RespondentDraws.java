package org.minipublic.app.selection;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the draws (their alternates and ceremonies included) say about one respondent, or about who was ever chosen:
 * for a person's copy of their data, and for
 * keeping the chosen when the others' personal data is deleted. The draws themselves keep respondents by id only, so
 * once a respondent's record is gone nothing here names them.
 */
@Service
public class RespondentDraws {

    /**
     * One draw as it concerned one person.
     *
     * @param reserveRank their place on the reserve list, if they were on it
     * @param withdrawal why they gave up their seat, if they were chosen and did
     */
    public record Entry(
            int number,
            @Nullable Instant drawnAt,
            String algorithm,
            double chance,
            boolean selected,
            @Nullable Integer reserveRank,
            Withdrawal.@Nullable Reason withdrawal) {}

    /**
     * One choice of alternates that included the person (a first draw's choices are all kept, numbered from 1), or,
     * on a line of its own, a first draw for which they said no when asked to take a seat as an alternate.
     *
     * @param choice the choice's number; null on a line that says they said no
     * @param place their place in that choice; null on a line that says they said no
     * @param chosenAt when that choice was made; null on a line that says they said no
     * @param saidNoAt when the organisers recorded that they said no; null on a choice's line
     */
    public record AlternateEntry(
            int draw,
            @Nullable Integer choice,
            @Nullable Integer place,
            @Nullable Instant chosenAt,
            @Nullable Instant saidNoAt) {}

    /**
     * The person's line of a draw ceremony's private list: the pseudonym the published files know them by and the panel
     * numbers of the committed lottery that include them.
     *
     * @param status the ceremony's state ({@link Ceremony.Status} by name)
     */
    public record CeremonyEntry(int ceremony, String status, String pseudonym, String panels) {}

    private final JdbcClient jdbc;

    RespondentDraws(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone any finished draw of the assembly chose, replacement draws included, whether or not they stayed. */
    @Transactional(readOnly = true)
    public Set<RespondentId> everChosen(AssemblyId assembly) {
        return new HashSet<>(jdbc.sql(
                        """
                select distinct p.respondent_id from selection.draw_people p
                join selection.draws d on d.id = p.draw_id
                where d.assembly_id = :a and d.status = 'DONE' and p.selected
                """)
                .param("a", assembly.value())
                .query((rs, n) -> new RespondentId(rs.getObject(1, UUID.class)))
                .list());
    }

    /** Whether the person holds a seat now: chosen by a finished draw and not withdrawn from it. */
    @Transactional(readOnly = true)
    public boolean seated(AssemblyId assembly, RespondentId respondent) {
        return jdbc.sql(
                                """
                select count(*) from selection.draw_people p
                join selection.draws d on d.id = p.draw_id
                where d.assembly_id = :a and d.status = 'DONE' and p.selected and p.respondent_id = :r
                  and not exists (select 1 from selection.withdrawals w
                                  where w.draw_id = p.draw_id and w.respondent_id = p.respondent_id)
                """)
                        .param("a", assembly.value())
                        .param("r", respondent.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** When the assembly's latest finished draw ended, if it has one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Instant> lastDrawn(AssemblyId assembly) {
        return jdbc.sql("select finished_at from selection.draws where assembly_id = :a and status = 'DONE'"
                        + " and finished_at is not null order by finished_at desc limit 1")
                .param("a", assembly.value())
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** The assemblies that have at least one finished draw. */
    @Transactional(readOnly = true)
    public List<AssemblyId> assembliesWithDraws() {
        return jdbc.sql("select distinct assembly_id from selection.draws where status = 'DONE'")
                .query((rs, n) -> new AssemblyId(rs.getObject(1, UUID.class)))
                .list();
    }

    /**
     * Each choice of alternates that included the person (a first draw's choices are all kept), and the first draws
     * for which they said no as one, by draw, its choices before its "no".
     */
    @Transactional(readOnly = true)
    public List<AlternateEntry> alternates(AssemblyId assembly, RespondentId respondent) {
        return jdbc.sql(
                        """
                select d.number, a.number as choice, a.rank, c.chosen_at, null::timestamptz as declined_at
                from selection.alternates a
                join selection.alternate_choices c on c.draw_id = a.draw_id and c.number = a.number
                join selection.draws d on d.id = a.draw_id
                where d.assembly_id = :a and a.respondent_id = :r
                union all
                select d.number, null, null, null, x.declined_at
                from selection.alternate_declines x join selection.draws d on d.id = x.draw_id
                where d.assembly_id = :a and x.respondent_id = :r
                order by 1, 2 nulls last
                """)
                .param("a", assembly.value())
                .param("r", respondent.value())
                .query((rs, n) -> new AlternateEntry(
                        rs.getInt(1),
                        rs.getObject(2, Integer.class),
                        rs.getObject(3, Integer.class),
                        instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5))))
                .list();
    }

    /** The person's lines of the draw ceremonies' private lists, oldest ceremony first. */
    @Transactional(readOnly = true)
    public List<CeremonyEntry> ceremonies(AssemblyId assembly, RespondentId respondent) {
        return jdbc.sql(
                        """
                select c.number, c.status, p.pseudonym, p.panels
                from selection.ceremony_pseudonyms p join selection.ceremonies c on c.id = p.ceremony_id
                where c.assembly_id = :a and p.respondent_id = :r
                order by c.number
                """)
                .param("a", assembly.value())
                .param("r", respondent.value())
                .query((rs, n) -> new CeremonyEntry(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Every finished draw the person took part in, oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> history(AssemblyId assembly, RespondentId respondent) {
        return jdbc.sql(
                        """
                select d.number, d.finished_at, d.algorithm, p.chance, p.selected, p.reserve_rank, w.reason
                from selection.draw_people p
                join selection.draws d on d.id = p.draw_id
                left join selection.withdrawals w on w.draw_id = p.draw_id and w.respondent_id = p.respondent_id
                where d.assembly_id = :a and d.status = 'DONE' and p.respondent_id = :r
                order by d.number
                """)
                .param("a", assembly.value())
                .param("r", respondent.value())
                .query((rs, n) -> new Entry(
                        rs.getInt(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getDouble(4),
                        rs.getBoolean(5),
                        rs.getObject(6, Integer.class),
                        rs.getString(7) == null ? null : Withdrawal.Reason.valueOf(rs.getString(7))))
                .list();
    }
}
