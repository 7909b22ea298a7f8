package org.minipublic.app.recruitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the address list in {@code recruitment.households}. */
@Repository
class Households {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    Households(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Match keys and property references of the listed addresses, as {@link AddressFile#keys} makes them. */
    Set<String> keys(AssemblyId assembly) {
        var keys = new HashSet<String>();
        jdbc.sql("select match_key, property_reference from recruitment.households where assembly_id = :a")
                .param("a", assembly.value())
                .query(rs -> {
                    keys.add(rs.getString(1));
                    String reference = rs.getString(2);
                    if (reference != null) {
                        keys.add("ref:" + reference);
                    }
                });
        return keys;
    }

    /** Appends the addresses to the end of the list, in one COPY. */
    void insertAll(AssemblyId assembly, List<Address> addresses, Instant at) {
        int position = nextPosition(assembly);
        var rows = new ArrayList<List<Object>>();
        for (var a : addresses) {
            rows.add(Arrays.asList(
                    UUID.randomUUID(),
                    assembly.value(),
                    position++,
                    a.line1(),
                    a.line2(),
                    a.line3(),
                    a.town(),
                    a.postcode(),
                    a.area(),
                    a.propertyReference(),
                    a.matchKey(),
                    at));
        }
        CopyIn.rows(dataSource, COPY, rows);
    }

    private static final String COPY =
            """
            copy recruitment.households (id, assembly_id, position, line1, line2, line3, town, postcode, area,
                property_reference, match_key, imported_at) from stdin with (format csv)
            """;

    private int nextPosition(AssemblyId assembly) {
        return jdbc.sql("select coalesce(max(position) + 1, 0) from recruitment.households where assembly_id = :a")
                .param("a", assembly.value())
                .query(Integer.class)
                .single();
    }

    /** Households not yet invited, in list order. */
    List<InvitationLottery.Eligible> notInvited(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select h.id, h.area from recruitment.households h
                where h.assembly_id = :a
                  and not exists (select 1 from recruitment.invitations i where i.household_id = h.id)
                order by h.position
                """)
                .param("a", assembly.value())
                .query((rs, n) ->
                        new InvitationLottery.Eligible(new HouseholdId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list();
    }

    List<AreaCount> perArea(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select h.area, count(*), count(i.household_id) from recruitment.households h
                left join recruitment.invitations i on i.household_id = h.id
                where h.assembly_id = :a group by h.area order by h.area
                """)
                .param("a", assembly.value())
                .query((rs, n) -> new AreaCount(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    List<ListedHousehold> page(AssemblyId assembly, String search, int offset, int size) {
        return jdbc.sql(
                        """
                select h.id, h.line1, h.line2, h.line3, h.town, h.postcode, h.area, h.property_reference, i.code,
                    r.number
                from recruitment.households h
                left join recruitment.invitations i on i.household_id = h.id
                left join recruitment.rounds r on r.id = i.round_id
                where h.assembly_id = :a and (:search = '' or h.postcode ilike :pattern or h.line1 ilike :pattern)
                order by h.position offset :offset limit :size
                """)
                .param("a", assembly.value())
                .param("search", search)
                .param("pattern", "%" + likeEscaped(search) + "%")
                .param("offset", offset)
                .param("size", size)
                .query((rs, n) -> listed(rs))
                .list();
    }

    long count(AssemblyId assembly, String search) {
        return jdbc.sql(
                        """
                select count(*) from recruitment.households h
                where h.assembly_id = :a and (:search = '' or h.postcode ilike :pattern or h.line1 ilike :pattern)
                """)
                .param("a", assembly.value())
                .param("search", search)
                .param("pattern", "%" + likeEscaped(search) + "%")
                .query(Long.class)
                .single();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Maps id, the address columns, code and round number, in that order. */
    static ListedHousehold listed(ResultSet rs) throws SQLException {
        var address = new Address(
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
        String code = rs.getString(9);
        return new ListedHousehold(
                new HouseholdId(rs.getObject(1, UUID.class)),
                address,
                code == null ? null : new RegistrationCode(code),
                (Integer) rs.getObject(10));
    }
}
