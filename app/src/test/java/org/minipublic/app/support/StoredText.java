package org.minipublic.app.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Searches the whole database for a value, to show that a secret was never stored. */
public final class StoredText {

    private StoredText() {}

    /** Every table with a row whose text holds the value, as "schema.table". */
    public static List<String> tablesHolding(JdbcClient jdbc, String value) {
        List<String> found = new ArrayList<>();
        jdbc.sql(
                        """
                select table_schema || '.' || table_name from information_schema.tables
                where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                """)
                .query(String.class)
                .list()
                .forEach(table -> {
                    long rows = jdbc.sql("select count(*) from " + table + " t where strpos(t::text, :value) > 0")
                            .param("value", value)
                            .query(Long.class)
                            .single();
                    if (rows > 0) {
                        found.add(table);
                    }
                });
        return found;
    }
}
