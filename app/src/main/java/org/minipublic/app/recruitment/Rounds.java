package org.minipublic.app.recruitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores invitation rounds in {@code recruitment.rounds} and their invitations in {@code recruitment.invitations}. */
@Repository
class Rounds {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Rounds(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    int nextNumber(AssemblyId assembly) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from recruitment.rounds where assembly_id = :a")
                .param("a", assembly.value())
                .query(Integer.class)
                .single();
    }

    void insert(AssemblyId assembly, InvitationRound round) {
        jdbc.sql(
                        """
                insert into recruitment.rounds (id, assembly_id, number, letters, by_area, boosts, seed, input_digest,
                    drawn_at, drawn_by)
                values (:id, :a, :number, :letters, :byArea, :settings, :seed, :digest, :at, :by)
                """)
                .param("id", round.id().value())
                .param("a", assembly.value())
                .param("number", round.number())
                .param("letters", round.letters())
                .param("byArea", round.byArea())
                .param("settings", round.settings())
                .param("seed", round.seed())
                .param("digest", round.inputDigest())
                .param("at", Timestamp.from(round.drawnAt()))
                .param("by", round.drawnBy())
                .update();
    }

    /** Records the invitations in draw order, each with a code no other invitation has. */
    void invite(AssemblyId assembly, RoundId round, List<HouseholdId> households) {
        var codes = freshCodes(households.size());
        template.batchUpdate(
                """
                insert into recruitment.invitations (household_id, round_id, assembly_id, draw_order, code)
                values (?, ?, ?, ?, ?)
                """,
                IntStream.range(0, households.size()).boxed().toList(),
                1000,
                (ps, i) -> {
                    ps.setObject(1, households.get(i).value());
                    ps.setObject(2, round.value());
                    ps.setObject(3, assembly.value());
                    ps.setInt(4, i + 1);
                    ps.setString(5, codes.get(i));
                });
    }

    /**
     * Codes unused so far. With a hundred thousand codes out of 30^7 some collide by chance (the birthday problem),
     * so collisions with each other and with stored codes are drawn again.
     */
    private List<String> freshCodes(int count) {
        var codes = new java.util.LinkedHashSet<String>();
        while (codes.size() < count) {
            var batch = new java.util.LinkedHashSet<String>();
            while (codes.size() + batch.size() < count) {
                String code = RegistrationCode.random().value();
                if (!codes.contains(code)) {
                    batch.add(code);
                }
            }
            batch.removeAll(taken(batch));
            codes.addAll(batch);
        }
        return List.copyOf(codes);
    }

    private List<String> taken(java.util.Collection<String> codes) {
        return jdbc.sql("select code from recruitment.invitations where code = any(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    List<InvitationRound> all(AssemblyId assembly) {
        return jdbc.sql(SELECT + " where assembly_id = :a order by number desc")
                .param("a", assembly.value())
                .query((rs, n) -> round(rs))
                .list();
    }

    Optional<InvitationRound> find(AssemblyId assembly, RoundId id) {
        return jdbc.sql(SELECT + " where assembly_id = :a and id = :id")
                .param("a", assembly.value())
                .param("id", id.value())
                .query((rs, n) -> round(rs))
                .optional();
    }

    List<ListedHousehold> invitations(RoundId round, int offset, int size) {
        return jdbc.sql(
                        """
                select h.id, h.line1, h.line2, h.line3, h.town, h.postcode, h.area, h.property_reference, i.code,
                    r.number
                from recruitment.invitations i
                join recruitment.households h on h.id = i.household_id
                join recruitment.rounds r on r.id = i.round_id
                where i.round_id = :round order by i.draw_order offset :offset limit :size
                """)
                .param("round", round.value())
                .param("offset", offset)
                .param("size", size)
                .query((rs, n) -> Households.listed(rs))
                .list();
    }

    /** The round's letters in draw order, a batch at a time. */
    List<LetterHtml.Letter> letters(RoundId round, int offset, int size) {
        return invitations(round, offset, size).stream()
                .map(household ->
                        new LetterHtml.Letter(household.address(), java.util.Objects.requireNonNull(household.code())))
                .toList();
    }

    /** The invitation that handed out this code, in any assembly. */
    Optional<Invited> byCode(RegistrationCode code) {
        return jdbc.sql(
                        """
                select i.assembly_id, h.id, h.line1, h.line2, h.line3, h.town, h.postcode, h.area, h.property_reference
                from recruitment.invitations i join recruitment.households h on h.id = i.household_id
                where i.code = :code
                """)
                .param("code", code.value())
                .query((rs, n) -> new Invited(
                        new AssemblyId(rs.getObject(1, UUID.class)),
                        new HouseholdId(rs.getObject(2, UUID.class)),
                        code,
                        new Address(
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getString(6),
                                        rs.getString(7),
                                        rs.getString(8),
                                        rs.getString(9))
                                .oneLine(),
                        rs.getString(8)))
                .optional();
    }

    List<AreaCount> perArea(RoundId round) {
        return jdbc.sql(
                        """
                select h.area, count(*) from recruitment.invitations i
                join recruitment.households h on h.id = i.household_id
                where i.round_id = :round group by h.area order by h.area
                """)
                .param("round", round.value())
                .query((rs, n) -> new AreaCount(rs.getString(1), rs.getInt(2), rs.getInt(2)))
                .list();
    }

    private static final String SELECT =
            """
            select id, number, letters, by_area, boosts, seed, input_digest, drawn_at, drawn_by
            from recruitment.rounds
            """;

    private static InvitationRound round(ResultSet rs) throws SQLException {
        return new InvitationRound(
                new RoundId(rs.getObject("id", UUID.class)),
                rs.getInt("number"),
                rs.getInt("letters"),
                rs.getBoolean("by_area"),
                rs.getString("boosts"),
                rs.getLong("seed"),
                rs.getString("input_digest"),
                rs.getTimestamp("drawn_at").toInstant(),
                rs.getString("drawn_by"));
    }
}
