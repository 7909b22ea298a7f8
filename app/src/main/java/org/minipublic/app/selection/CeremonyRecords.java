package org.minipublic.app.selection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.sortition.ceremony.Commitment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The draw ceremonies' rows and their private pseudonym lists. */
@Repository
class CeremonyRecords {

    /** One respondent's line of the private list: their pseudonym and the panel numbers that include them. */
    record Pseudonym(RespondentId respondent, String pseudonym, String panels) {}

    private static final String COLUMNS =
            """
            c.id, c.number, c.target_set_id, c.algorithm, c.seed, c.seed_source, c.witnesses, c.status, c.failure,
            c.started_at, c.started_by, c.commitment, c.commitment_sha256, c.committed_at, c.digits, c.panel_number,
            c.revealed_at, c.revealed_by, c.cancelled_at, c.cancelled_by, c.cancel_reason,
            (select d.id from selection.draws d where d.ceremony_id = c.id order by d.number desc limit 1)
            """;

    private final JdbcClient jdbc;

    CeremonyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextNumber(AssemblyId assembly) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from selection.ceremonies where assembly_id = :a")
                .param("a", assembly.value())
                .query(Integer.class)
                .single();
    }

    void insert(
            AssemblyId assembly,
            CeremonyId id,
            int number,
            TargetSetId targets,
            DrawSettings settings,
            long seed,
            String seedSource,
            Instant at,
            String by) {
        jdbc.sql(
                        """
                insert into selection.ceremonies (id, assembly_id, number, target_set_id, algorithm, seed, seed_source,
                    witnesses, status, started_at, started_by)
                values (:id, :a, :number, :targets, :algorithm, :seed, :source, :witnesses, 'COMMITTING', :at, :by)
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
                .update();
    }

    /** The computing node's proof of life, in the database's time so that nodes with clocks apart agree. */
    void beat(java.util.Collection<CeremonyId> ceremonies) {
        jdbc.sql("update selection.ceremonies set heartbeat_at = now() where status = 'COMMITTING' and id in (:ids)")
                .param("ids", ceremonies.stream().map(CeremonyId::value).toList())
                .update();
    }

    /** A ceremony marked failed because no process was computing its lottery any more. */
    record Abandoned(CeremonyId ceremony, AssemblyId assembly, int number) {}

    /** Marks failed the ceremonies still computing whose heartbeat is older than {@code after}. */
    List<Abandoned> failAbandoned(String failure, java.time.Duration after) {
        return jdbc.sql(
                        """
                update selection.ceremonies set status = 'FAILED', failure = :f
                where status = 'COMMITTING' and heartbeat_at < now() - make_interval(secs => :seconds)
                returning id, assembly_id, number
                """)
                .param("f", failure)
                .param("seconds", after.toMillis() / 1000.0)
                .query((rs, n) -> new Abandoned(
                        new CeremonyId(rs.getObject(1, UUID.class)),
                        new AssemblyId(rs.getObject(2, UUID.class)),
                        rs.getInt(3)))
                .list();
    }

    Optional<Ceremony> find(AssemblyId assembly, CeremonyId id) {
        return jdbc.sql("select " + COLUMNS + " from selection.ceremonies c where c.assembly_id = :a and c.id = :id")
                .param("a", assembly.value())
                .param("id", id.value())
                .query((rs, n) -> ceremony(rs))
                .optional();
    }

    List<Ceremony> all(AssemblyId assembly) {
        return jdbc.sql("select " + COLUMNS + " from selection.ceremonies c where c.assembly_id = :a"
                        + " order by c.number desc")
                .param("a", assembly.value())
                .query((rs, n) -> ceremony(rs))
                .list();
    }

    /** The ceremony whose reveal started this draw, if any. */
    Optional<CeremonyId> ofDraw(DrawId draw) {
        return jdbc.sql("select ceremony_id from selection.draws where id = :d and ceremony_id is not null")
                .param("d", draw.value())
                .query((rs, n) -> new CeremonyId(rs.getObject(1, UUID.class)))
                .optional();
    }

    /** Stores the commitment and the private list; false when the ceremony is no longer being computed. */
    boolean committed(CeremonyId id, String commitment, String sha256, Instant at, List<Pseudonym> pseudonyms) {
        int updated = jdbc.sql(
                        """
                update selection.ceremonies set status = 'COMMITTED', commitment = :text, commitment_sha256 = :sha,
                    committed_at = :at
                where id = :id and status = 'COMMITTING'
                """)
                .param("id", id.value())
                .param("text", commitment)
                .param("sha", sha256)
                .param("at", Timestamp.from(at))
                .update();
        if (updated == 0) {
            return false;
        }
        // One statement for the whole pool: a ceremony over thousands of respondents made as many round trips before.
        jdbc.sql(
                        """
                insert into selection.ceremony_pseudonyms (ceremony_id, respondent_id, pseudonym, panels)
                select :c, t.respondent, t.pseudonym, t.panels
                from unnest(:r, :p, :panels) as t(respondent, pseudonym, panels)
                """)
                .param("c", id.value())
                .param(
                        "r",
                        pseudonyms.stream()
                                .map(line -> line.respondent().value())
                                .toArray(UUID[]::new))
                .param("p", pseudonyms.stream().map(Pseudonym::pseudonym).toArray(String[]::new))
                .param("panels", pseudonyms.stream().map(Pseudonym::panels).toArray(String[]::new))
                .update();
        return true;
    }

    boolean fail(CeremonyId id, String failure) {
        return jdbc.sql("update selection.ceremonies set status = 'FAILED', failure = :f"
                                + " where id = :id and status = 'COMMITTING'")
                        .param("id", id.value())
                        .param("f", failure)
                        .update()
                > 0;
    }

    /** Records the public digits and the panel number; false when the ceremony was revealed meanwhile. */
    boolean revealed(CeremonyId id, String digits, int panelNumber, Instant at, String by) {
        return jdbc.sql(
                                """
                update selection.ceremonies set status = 'REVEALED', digits = :digits, panel_number = :panel,
                    revealed_at = :at, revealed_by = :by
                where id = :id and status = 'COMMITTED'
                """)
                        .param("id", id.value())
                        .param("digits", digits)
                        .param("panel", panelNumber)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                > 0;
    }

    /** Calls the ceremony off; false when it was no longer waiting for its digits. */
    boolean cancelled(CeremonyId id, Instant at, String by, String reason) {
        return jdbc.sql(
                                """
                update selection.ceremonies set status = 'CANCELLED', cancelled_at = :at, cancelled_by = :by,
                    cancel_reason = :reason
                where id = :id and status = 'COMMITTED'
                """)
                        .param("id", id.value())
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("reason", reason)
                        .update()
                > 0;
    }

    void linkDraw(DrawId draw, CeremonyId ceremony) {
        jdbc.sql("update selection.draws set ceremony_id = :c where id = :d")
                .param("c", ceremony.value())
                .param("d", draw.value())
                .update();
    }

    /**
     * The newest ceremony whose commitment is published (cancelled ones included), read without the commitment itself
     * (for a public page).
     */
    Optional<Ceremonies.Published> newestPublished(AssemblyId assembly) {
        return jdbc.sql(
                        """
                        select id, number, status from selection.ceremonies
                        where assembly_id = :a and status in ('COMMITTED', 'REVEALED', 'CANCELLED')
                        order by number desc limit 1
                        """)
                .param("a", assembly.value())
                .query((rs, row) -> new Ceremonies.Published(
                        new CeremonyId(rs.getObject(1, UUID.class)),
                        rs.getInt(2),
                        Ceremony.Status.valueOf(rs.getString(3))))
                .optional();
    }

    /** A ceremony waiting for its digits, without its commitment. */
    record Waiting(CeremonyId id, int number) {}

    /**
     * The newest ceremony waiting for its digits, read without its commitment; with {@code share}, its row stays locked
     * until the transaction ends, so a cancel or reveal of it waits (and a read after one that committed finds none).
     */
    Optional<Waiting> newestWaiting(AssemblyId assembly, boolean share) {
        return jdbc.sql(
                        """
                        select id, number from selection.ceremonies
                        where assembly_id = :a and status = 'COMMITTED'
                        order by number desc limit 1
                        """
                                + (share ? " for share" : ""))
                .param("a", assembly.value())
                .query((rs, row) -> new Waiting(new CeremonyId(rs.getObject(1, UUID.class)), rs.getInt(2)))
                .optional();
    }

    List<Pseudonym> pseudonyms(CeremonyId id) {
        return jdbc.sql("select respondent_id, pseudonym, panels from selection.ceremony_pseudonyms"
                        + " where ceremony_id = :c order by pseudonym")
                .param("c", id.value())
                .query((rs, n) ->
                        new Pseudonym(new RespondentId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static Ceremony ceremony(ResultSet rs) throws SQLException {
        String witnesses = rs.getString(7);
        String commitment = rs.getString(12);
        return new Ceremony(
                new CeremonyId(rs.getObject(1, UUID.class)),
                rs.getInt(2),
                new TargetSetId(rs.getObject(3, UUID.class)),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                witnesses.isEmpty() ? List.of() : Arrays.asList(witnesses.split("\n")),
                Ceremony.Status.valueOf(rs.getString(8)),
                rs.getString(9),
                rs.getTimestamp(10).toInstant(),
                rs.getString(11),
                commitment,
                commitment == null ? null : Commitment.parse(commitment),
                rs.getString(13),
                instant(rs.getTimestamp(14)),
                rs.getString(15),
                (Integer) rs.getObject(16),
                instant(rs.getTimestamp(17)),
                rs.getString(18),
                rs.getObject(22) == null ? null : new DrawId(rs.getObject(22, UUID.class)),
                rs.getTimestamp(19) == null
                        ? null
                        : new Ceremony.Cancellation(
                                rs.getTimestamp(19).toInstant(), rs.getString(20), rs.getString(21)));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
