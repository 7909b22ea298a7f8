package org.minipublic.app.selection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.sortition.report.ValueOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores draws in {@code selection.draws} and each respondent's part in {@code selection.draw_people}. */
@Repository
class DrawRecords {

    private static final String COLUMNS =
            """
            d.id, d.number, d.target_set_id, s.version, coalesce(d.seats, s.panel_size), d.algorithm, d.seed, d.seed_source, d.witnesses,
            d.status, d.progress, d.started_at, d.started_by, d.finished_at, d.failure, d.pool_size, d.left_out,
            d.smallest_chance, d.largest_chance, d.finished, d.targets_sha256, d.people_sha256, d.engine_version,
            d.replaces
            """;

    private final JdbcClient jdbc;

    DrawRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Numbers are per assembly; the caller holds the assembly's targets lock, so two draws cannot take one number. */
    int nextNumber(AssemblyId assembly) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from selection.draws where assembly_id = :a")
                .param("a", assembly.value())
                .query(Integer.class)
                .single();
    }

    void insert(
            AssemblyId assembly,
            DrawId id,
            int number,
            TargetSetId targets,
            DrawSettings settings,
            long seed,
            String seedSource,
            Instant at,
            String by) {
        insert(assembly, id, number, targets, settings, seed, seedSource, at, by, null, null, false);
    }

    void insert(
            AssemblyId assembly,
            DrawId id,
            int number,
            TargetSetId targets,
            DrawSettings settings,
            long seed,
            String seedSource,
            Instant at,
            String by,
            @Nullable DrawId replaces,
            @Nullable Integer seats,
            boolean fromAlternates) {
        jdbc.sql(
                        """
                insert into selection.draws (id, assembly_id, number, target_set_id, algorithm, seed, seed_source,
                    witnesses, status, started_at, started_by, replaces, seats, heartbeat_at, from_alternates)
                values (:id, :a, :number, :targets, :algorithm, :seed, :source, :witnesses, 'RUNNING', :at, :by,
                    :replaces, :seats, now(), :alternates)
                """)
                .param("id", id.value())
                .param("a", assembly.value())
                .param("number", number)
                .param("targets", targets.value())
                .param("algorithm", settings.algorithm())
                .param("seed", seed)
                .param("source", seedSource)
                .param("witnesses", String.join("\n", settings.witnesses()))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("replaces", replaces == null ? null : replaces.value())
                .param("seats", seats)
                .param("alternates", fromAlternates)
                .update();
    }

    boolean fromAlternates(DrawId id) {
        return jdbc.sql("select from_alternates from selection.draws where id = :id")
                .param("id", id.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void progress(DrawId id, String message) {
        jdbc.sql("update selection.draws set progress = :p where id = :id and status = 'RUNNING'")
                .param("p", message.length() > 500 ? message.substring(0, 500) : message)
                .param("id", id.value())
                .update();
    }

    /** @return whether the draw was still running; one another node has marked abandoned stays as it is */
    boolean fail(DrawId id, String failure, Instant at) {
        return jdbc.sql(
                                """
                update selection.draws set status = 'FAILED', failure = :f, finished_at = :at, progress = ''
                where id = :id and status = 'RUNNING'
                """)
                        .param("f", failure)
                        .param("at", Timestamp.from(at))
                        .param("id", id.value())
                        .update()
                > 0;
    }

    /**
     * The running node's proof of life: it refreshes the heartbeat of each draw it runs or has queued, in the
     * database's time so that nodes with clocks apart agree.
     */
    void beat(Collection<DrawId> draws) {
        if (draws.isEmpty()) {
            return;
        }
        jdbc.sql("update selection.draws set heartbeat_at = now() where status = 'RUNNING' and id in (:ids)")
                .param("ids", draws.stream().map(DrawId::value).toList())
                .update();
    }

    /** A draw marked failed because no process was running it any more. */
    record Abandoned(DrawId draw, AssemblyId assembly, int number) {}

    /**
     * Draws whose heartbeat is older than {@code after} belong to a process that stopped: they can never finish, so
     * they are marked failed to be run again. Draws another node is running keep a fresh heartbeat and stay running.
     */
    List<Abandoned> failAbandoned(String failure, Duration after, Instant at) {
        return jdbc.sql(
                        """
                update selection.draws set status = 'FAILED', failure = :f, finished_at = :at, progress = ''
                where status = 'RUNNING'
                    and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => :seconds))
                returning id, assembly_id, number
                """)
                .param("f", failure)
                .param("at", Timestamp.from(at))
                .param("seconds", after.toMillis() / 1000.0)
                .query((rs, n) -> new Abandoned(
                        new DrawId(rs.getObject("id", UUID.class)),
                        new AssemblyId(rs.getObject("assembly_id", UUID.class)),
                        rs.getInt("number")))
                .list();
    }

    record Outcome(
            int poolSize,
            int leftOut,
            double smallestChance,
            double largestChance,
            boolean finished,
            String targetsDigest,
            String peopleDigest,
            String engineVersion,
            String record) {}

    /** @return whether the draw was still running: one marked abandoned meanwhile keeps its failure */
    boolean complete(DrawId id, Outcome outcome, List<DrawPerson> people, Instant at) {
        int updated = jdbc.sql(
                        """
                update selection.draws set status = 'DONE', progress = '', finished_at = :at, pool_size = :pool,
                    left_out = :left, smallest_chance = :smallest, largest_chance = :largest, finished = :finished,
                    targets_sha256 = :targets, people_sha256 = :people, engine_version = :engine, record = :record
                where id = :id and status = 'RUNNING'
                """)
                .param("at", Timestamp.from(at))
                .param("pool", outcome.poolSize())
                .param("left", outcome.leftOut())
                .param("smallest", outcome.smallestChance())
                .param("largest", outcome.largestChance())
                .param("finished", outcome.finished())
                .param("targets", outcome.targetsDigest())
                .param("people", outcome.peopleDigest())
                .param("engine", outcome.engineVersion())
                .param("record", outcome.record())
                .param("id", id.value())
                .update();
        if (updated == 0) {
            return false;
        }
        for (var person : people) {
            jdbc.sql(
                            """
                    insert into selection.draw_people (draw_id, position, respondent_id, chance, selected,
                        reserve_rank) values (:d, :position, :r, :chance, :selected, :rank)
                    """)
                    .param("d", id.value())
                    .param("position", person.position())
                    .param("r", person.respondent().value())
                    .param("chance", person.chance())
                    .param("selected", person.selected())
                    .param("rank", person.reserveRank())
                    .update();
        }
        return true;
    }

    void insertValues(DrawId id, List<ValueOutcome> values) {
        int position = 0;
        for (var value : values) {
            jdbc.sql(
                            """
                    insert into selection.draw_values (draw_id, position, category, value, registered, min_seats,
                        max_seats, expected, selected) values (:d, :p, :c, :v, :r, :min, :max, :e, :s)
                    """)
                    .param("d", id.value())
                    .param("p", position++)
                    .param("c", value.category())
                    .param("v", value.value())
                    .param("r", value.inPool())
                    .param("min", value.min())
                    .param("max", value.max())
                    .param("e", value.expectedSeats())
                    .param("s", value.seatsInPanel())
                    .update();
        }
    }

    /** The draw's figures per value, with the population share from the targets it met. */
    List<CompositionRow> composition(DrawId id) {
        return jdbc.sql(
                        """
                select v.category, v.value, v.registered, v.min_seats, v.max_seats, v.selected, t.population
                from selection.draw_values v
                join selection.draws d on d.id = v.draw_id
                left join selection.targets t on t.target_set_id = d.target_set_id and t.category = v.category
                    and t.value = v.value
                where v.draw_id = :d order by v.position
                """)
                .param("d", id.value())
                .query((rs, n) -> new CompositionRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getBigDecimal(7) == null ? null : rs.getBigDecimal(7).doubleValue()))
                .list();
    }

    void withdraw(DrawId draw, RespondentId respondent, Withdrawal.Reason reason, Instant at, String by) {
        jdbc.sql(
                        """
                insert into selection.withdrawals (draw_id, respondent_id, reason, withdrawn_at, withdrawn_by)
                values (:d, :r, :reason, :at, :by)
                """)
                .param("d", draw.value())
                .param("r", respondent.value())
                .param("reason", reason.name())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /** Withdrawals from these draws (a draw and its replacement draws), oldest first. */
    List<Withdrawal> withdrawals(List<DrawId> draws) {
        return jdbc.sql(
                        """
                select draw_id, respondent_id, reason, withdrawn_at, withdrawn_by, replaced_by
                from selection.withdrawals where draw_id = any(:d) order by withdrawn_at, respondent_id
                """)
                .param("d", draws.stream().map(DrawId::value).toArray(UUID[]::new))
                .query((rs, n) -> new Withdrawal(
                        new DrawId(rs.getObject(1, UUID.class)),
                        new RespondentId(rs.getObject(2, UUID.class)),
                        Withdrawal.Reason.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getObject(6) == null ? null : new DrawId(rs.getObject(6, UUID.class))))
                .list();
    }

    void markReplaced(List<Withdrawal> open, DrawId replacement) {
        for (var withdrawal : open) {
            jdbc.sql(
                            """
                    update selection.withdrawals set replaced_by = :by
                    where draw_id = :d and respondent_id = :r and replaced_by is null
                    """)
                    .param("by", replacement.value())
                    .param("d", withdrawal.draw().value())
                    .param("r", withdrawal.respondent().value())
                    .update();
        }
    }

    /** A replacement draw that failed fills nothing: its withdrawals are open again. */
    void reopenWithdrawals(DrawId failed) {
        jdbc.sql("update selection.withdrawals set replaced_by = null where replaced_by = :d")
                .param("d", failed.value())
                .update();
    }

    List<Draw> all(AssemblyId assembly) {
        return jdbc.sql("select " + COLUMNS
                        + " from selection.draws d join selection.target_sets s on s.id = d.target_set_id"
                        + " where d.assembly_id = :a order by d.number desc")
                .param("a", assembly.value())
                .query((rs, n) -> draw(rs))
                .list();
    }

    Optional<Draw> find(AssemblyId assembly, DrawId id) {
        return jdbc.sql("select " + COLUMNS
                        + " from selection.draws d join selection.target_sets s on s.id = d.target_set_id"
                        + " where d.assembly_id = :a and d.id = :id")
                .param("a", assembly.value())
                .param("id", id.value())
                .query((rs, n) -> draw(rs))
                .optional();
    }

    Optional<AssemblyId> assemblyOf(DrawId id) {
        return jdbc.sql("select assembly_id from selection.draws where id = :id")
                .param("id", id.value())
                .query((rs, n) -> new AssemblyId(rs.getObject(1, UUID.class)))
                .optional();
    }

    Optional<String> record(DrawId id) {
        return jdbc.sql("select record from selection.draws where id = :id and status = 'DONE'")
                .param("id", id.value())
                .query(String.class)
                .optional();
    }

    List<DrawPerson> people(DrawId id) {
        return jdbc.sql(
                        """
                select position, respondent_id, chance, selected, reserve_rank from selection.draw_people
                where draw_id = :d order by position
                """)
                .param("d", id.value())
                .query((rs, n) -> new DrawPerson(
                        rs.getInt(1),
                        new RespondentId(rs.getObject(2, UUID.class)),
                        rs.getDouble(3),
                        rs.getBoolean(4),
                        (Integer) rs.getObject(5)))
                .list();
    }

    private static Draw draw(ResultSet rs) throws SQLException {
        String witnesses = rs.getString(9);
        return new Draw(
                new DrawId(rs.getObject(1, UUID.class)),
                rs.getInt(2),
                new TargetSetId(rs.getObject(3, UUID.class)),
                rs.getInt(4),
                rs.getInt(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getString(8),
                witnesses.isEmpty() ? List.of() : Arrays.asList(witnesses.split("\n")),
                Draw.Status.valueOf(rs.getString(10)),
                rs.getString(11),
                rs.getTimestamp(12).toInstant(),
                rs.getString(13),
                instant(rs.getTimestamp(14)),
                rs.getString(15),
                (Integer) rs.getObject(16),
                (Integer) rs.getObject(17),
                (Double) rs.getObject(18),
                (Double) rs.getObject(19),
                (Boolean) rs.getObject(20),
                rs.getString(21),
                rs.getString(22),
                rs.getString(23),
                rs.getObject(24) == null ? null : new DrawId(rs.getObject(24, UUID.class)));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
