package org.minipublic.app.voting;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores paper ballots as typed in, in {@code voting.paper_entries}. */
@Repository
class PaperRecords {

    private final JdbcClient jdbc;

    PaperRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One person's reading of one paper. */
    record Entry(UserId by, String answers) {}

    /** A paper whose two readings differ: its code's hash (hex) and start, and each reading. */
    record Paper(String codeHash, String codeStart, List<Entry> entries) {}

    /** Saves this person's reading of the paper, replacing an earlier one of theirs. */
    void save(BallotId ballot, BallotCode code, UserId by, String answers) {
        jdbc.sql(
                        """
                insert into voting.paper_entries (ballot_id, code_hash, code_start, entered_by, answers)
                values (:b, :h, :start, :by, :a)
                on conflict (ballot_id, code_hash, entered_by) do update set answers = excluded.answers
                """)
                .param("b", ballot.value())
                .param("h", code.hash())
                .param("start", code.value().substring(0, 5))
                .param("by", by.value())
                .param("a", answers)
                .update();
    }

    /** The other people's readings of the paper. */
    List<Entry> others(BallotId ballot, byte[] codeHash, UserId by) {
        return jdbc.sql(
                        """
                select entered_by, answers from voting.paper_entries
                where ballot_id = :b and code_hash = :h and entered_by <> :by
                """)
                .param("b", ballot.value())
                .param("h", codeHash)
                .param("by", by.value())
                .query((rs, row) -> new Entry(new UserId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list();
    }

    void forget(BallotId ballot, byte[] codeHash) {
        jdbc.sql("delete from voting.paper_entries where ballot_id = :b and code_hash = :h")
                .param("b", ballot.value())
                .param("h", codeHash)
                .update();
    }

    /** Forgets every reading of the ballot's papers, as it closes: an uncounted reading is of no more use. */
    void forgetAll(BallotId ballot) {
        jdbc.sql("delete from voting.paper_entries where ballot_id = :b")
                .param("b", ballot.value())
                .update();
    }

    /** Papers read by more than one person, with readings that do not all agree. */
    List<Paper> differing(BallotId ballot) {
        var papers = new LinkedHashMap<String, Paper>();
        jdbc.sql(
                        """
                select encode(code_hash, 'hex'), code_start, entered_by, answers from voting.paper_entries e
                where ballot_id = :b and (select count(distinct answers) from voting.paper_entries o
                                          where o.ballot_id = e.ballot_id and o.code_hash = e.code_hash) > 1
                order by code_start, code_hash, entered_by
                """)
                .param("b", ballot.value())
                .query(rs -> {
                    String start = rs.getString(2);
                    var paper =
                            papers.computeIfAbsent(rs.getString(1), hash -> new Paper(hash, start, new ArrayList<>()));
                    paper.entries().add(new Entry(new UserId(rs.getObject(3, UUID.class)), rs.getString(4)));
                });
        return List.copyOf(papers.values());
    }

    /** How many papers wait for a second reading. */
    int waitingForSecond(BallotId ballot) {
        return jdbc.sql(
                        """
                select count(*) from (select code_hash from voting.paper_entries where ballot_id = :b
                                      group by code_hash having count(*) = 1) single
                """)
                .param("b", ballot.value())
                .query(Integer.class)
                .single();
    }

    static byte[] hash(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
