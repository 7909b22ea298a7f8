package org.minipublic.app.voting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores ballots and their items in {@code voting.ballots} and {@code voting.items}. */
@Repository
class BallotRecords {

    private static final String COLUMNS =
            "id, assembly_id, title, method, labels, at_least, percent, more_than, base, top_n, count_method,"
                    + " requires_ballot_id, status, eligible, chain_head, chain_version, opened_at, closed_at, version,"
                    + " (select count(*) from voting.votes v where v.ballot_id = b.id) as votes_cast";

    private final JdbcClient jdbc;

    BallotRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(BallotId id, AssemblyId assembly, BallotDetails details, Instant at) {
        jdbc.sql(
                        """
                insert into voting.ballots (id, assembly_id, title, method, labels, at_least, percent, more_than,
                    base, top_n, count_method, requires_ballot_id, status, chain_head, created_at)
                values (:id, :assembly, :title, :method, :labels, :atLeast, :percent, :moreThan, :base, :topN,
                    :countMethod, :requires, 'DRAFT', :head, :at)
                """)
                .param("id", id.value())
                .param("assembly", assembly.value())
                .params(params(details))
                .param("head", new byte[32]) // replaced by the seal at the close
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Saves a draft's details unless it changed since {@code version} or is no longer a draft. */
    boolean update(AssemblyId assembly, BallotId id, BallotDetails details, int version) {
        return jdbc.sql(
                                """
                update voting.ballots set title = :title, method = :method, labels = :labels, at_least = :atLeast,
                    percent = :percent, more_than = :moreThan, base = :base, top_n = :topN,
                    count_method = :countMethod, requires_ballot_id = :requires, version = version + 1
                where id = :id and assembly_id = :assembly and version = :version and status = 'DRAFT'
                """)
                        .param("id", id.value())
                        .param("assembly", assembly.value())
                        .param("version", version)
                        .params(params(details))
                        .update()
                > 0;
    }

    boolean deleteDraft(AssemblyId assembly, BallotId id) {
        return jdbc.sql("delete from voting.ballots where id = :id and assembly_id = :assembly and status = 'DRAFT'")
                        .param("id", id.value())
                        .param("assembly", assembly.value())
                        .update()
                > 0;
    }

    boolean open(AssemblyId assembly, BallotId id, int eligible, Instant at) {
        return jdbc.sql(
                                """
                update voting.ballots set status = 'OPEN', eligible = :eligible, opened_at = :at, version = version + 1
                where id = :id and assembly_id = :assembly and status = 'DRAFT'
                """)
                        .param("id", id.value())
                        .param("assembly", assembly.value())
                        .param("eligible", eligible)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    boolean close(AssemblyId assembly, BallotId id, Instant at) {
        return jdbc.sql(
                                """
                update voting.ballots set status = 'CLOSED', closed_at = :at, version = version + 1
                where id = :id and assembly_id = :assembly and status = 'OPEN'
                """)
                        .param("id", id.value())
                        .param("assembly", assembly.value())
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    List<Ballot> all(AssemblyId assembly) {
        var ballots = jdbc.sql("select " + COLUMNS + " from voting.ballots b where assembly_id = :assembly"
                        + " order by created_at, title")
                .param("assembly", assembly.value())
                .query((rs, row) -> map(rs, List.of()))
                .list();
        var items = items(ballots.stream().map(b -> b.id().value()).toList());
        return ballots.stream()
                .map(b -> withItems(b, items.getOrDefault(b.id().value(), List.of())))
                .toList();
    }

    Optional<Ballot> find(AssemblyId assembly, BallotId id) {
        return jdbc.sql("select " + COLUMNS + " from voting.ballots b where id = :id and assembly_id = :assembly")
                .param("id", id.value())
                .param("assembly", assembly.value())
                .query((rs, row) -> map(rs, List.of()))
                .optional()
                .map(b -> withItems(b, items(List.of(id.value())).getOrDefault(id.value(), List.of())));
    }

    /** The ballot by id alone, for the public voting pages, where the code names the ballot. */
    Optional<Ballot> find(BallotId id) {
        return jdbc.sql("select assembly_id from voting.ballots where id = :id")
                .param("id", id.value())
                .query((rs, row) -> new AssemblyId(rs.getObject(1, UUID.class)))
                .optional()
                .flatMap(assembly -> find(assembly, id));
    }

    /** Locks the assembly's ballot row, if there is one, until the transaction ends. */
    void lockForChange(AssemblyId assembly, BallotId id) {
        jdbc.sql("select id from voting.ballots where id = :id and assembly_id = :assembly for update")
                .param("id", id.value())
                .param("assembly", assembly.value())
                .query(UUID.class)
                .optional();
    }

    Optional<BallotStatus> status(BallotId id) {
        return jdbc.sql("select status from voting.ballots where id = :id")
                .param("id", id.value())
                .query((rs, row) -> BallotStatus.valueOf(rs.getString(1)))
                .optional();
    }

    void sealed(BallotId id, byte[] head) {
        jdbc.sql("update voting.ballots set chain_head = :head, sealed = true where id = :id")
                .param("id", id.value())
                .param("head", head)
                .update();
    }

    /** Replaces the items of a draft, in order. */
    void replaceItems(BallotId id, List<BallotItem> items) {
        jdbc.sql("delete from voting.items where ballot_id = :id")
                .param("id", id.value())
                .update();
        for (var item : items) {
            jdbc.sql("insert into voting.items (id, ballot_id, position, title, body) values (:id, :b, :p, :t, :body)")
                    .param("id", item.id().value())
                    .param("b", id.value())
                    .param("p", item.position())
                    .param("t", item.title())
                    .param("body", item.body())
                    .update();
        }
    }

    private Map<UUID, List<BallotItem>> items(List<UUID> ballots) {
        if (ballots.isEmpty()) {
            return Map.of();
        }
        var byBallot = new HashMap<UUID, List<BallotItem>>();
        jdbc.sql("select ballot_id, id, position, title, body from voting.items where ballot_id in (:ids)"
                        + " order by position")
                .param("ids", ballots)
                .query(rs -> {
                    byBallot.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new BallotItem(
                                    new ItemId(rs.getObject(2, UUID.class)),
                                    rs.getInt(3),
                                    rs.getString(4),
                                    rs.getString(5)));
                });
        return byBallot;
    }

    private static Ballot withItems(Ballot b, List<BallotItem> items) {
        return new Ballot(
                b.id(),
                b.assembly(),
                b.details(),
                b.status(),
                items,
                b.eligible(),
                b.votesCast(),
                b.chainHead(),
                b.chainVersion(),
                b.openedAt(),
                b.closedAt(),
                b.version());
    }

    private static Map<String, @Nullable Object> params(BallotDetails details) {
        var p = new HashMap<String, @Nullable Object>();
        p.put("title", details.title());
        p.put("method", details.method().kind());
        p.put("labels", new String[0]);
        p.put("atLeast", 0);
        p.put("percent", 0);
        p.put("moreThan", false);
        p.put("base", BallotMethod.ApproveReject.Base.FOR_AND_AGAINST.name());
        p.put("topN", 0);
        p.put("countMethod", BallotMethod.Prioritise.Count.BORDA.name());
        p.put("requires", details.requires() == null ? null : details.requires().value());
        if (details.method() instanceof BallotMethod.SupportLevel s) {
            p.put("labels", s.labels().toArray(String[]::new));
            p.put("atLeast", s.atLeast());
            p.put("percent", s.percent());
        } else if (details.method() instanceof BallotMethod.ApproveReject a) {
            p.put("percent", a.percent());
            p.put("moreThan", a.moreThan());
            p.put("base", a.base().name());
        } else if (details.method() instanceof BallotMethod.Prioritise r) {
            p.put("topN", r.topN());
            p.put("countMethod", r.count().name());
        }
        return p;
    }

    private static Ballot map(ResultSet rs, List<BallotItem> items) throws SQLException {
        var requires = rs.getObject("requires_ballot_id", UUID.class);
        var details =
                new BallotDetails(rs.getString("title"), method(rs), requires == null ? null : new BallotId(requires));
        return new Ballot(
                new BallotId(rs.getObject("id", UUID.class)),
                new AssemblyId(rs.getObject("assembly_id", UUID.class)),
                details,
                BallotStatus.valueOf(rs.getString("status")),
                items,
                rs.getInt("eligible"),
                rs.getInt("votes_cast"),
                VoteChain.hex(rs.getBytes("chain_head")),
                rs.getInt("chain_version"),
                instant(rs.getTimestamp("opened_at")),
                instant(rs.getTimestamp("closed_at")),
                rs.getInt("version"));
    }

    private static BallotMethod method(ResultSet rs) throws SQLException {
        return switch (rs.getString("method")) {
            case "SUPPORT" ->
                new BallotMethod.SupportLevel(
                        labels(rs.getArray("labels")), rs.getInt("at_least"), rs.getInt("percent"));
            case "APPROVE" ->
                new BallotMethod.ApproveReject(
                        rs.getInt("percent"),
                        rs.getBoolean("more_than"),
                        BallotMethod.ApproveReject.Base.valueOf(rs.getString("base")));
            default ->
                new BallotMethod.Prioritise(
                        rs.getInt("top_n"), BallotMethod.Prioritise.Count.valueOf(rs.getString("count_method")));
        };
    }

    private static List<String> labels(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
