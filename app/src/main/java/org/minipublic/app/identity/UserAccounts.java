package org.minipublic.app.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code identity.users} table. E-mail addresses are compared case-insensitively. */
@Repository
class UserAccounts {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UserAccount user) {
        jdbc.sql(
                        """
                insert into identity.users (id, email, display_name, password_hash, platform_admin, enabled, created_at)
                values (:id, :email, :name, :hash, :admin, :enabled, :createdAt)
                """)
                .param("id", user.id().value())
                .param("email", user.email())
                .param("name", user.displayName())
                .param("hash", user.passwordHash())
                .param("admin", user.platformAdmin())
                .param("enabled", user.enabled())
                .param("createdAt", Timestamp.from(user.createdAt()))
                .update();
    }

    Optional<UserAccount> findById(UserId id) {
        return jdbc.sql("select * from identity.users where id = :id")
                .param("id", id.value())
                .query(UserAccounts::map)
                .optional();
    }

    Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("select * from identity.users where lower(email) = lower(:email)")
                .param("email", email.trim())
                .query(UserAccounts::map)
                .optional();
    }

    List<UserAccount> findAll(int limit, int offset) {
        return jdbc.sql("select * from identity.users order by lower(display_name), id limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(UserAccounts::map)
                .list();
    }

    Map<UserId, String> displayNames(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, display_name from identity.users where id in (:ids)")
                .param("ids", ids.stream().map(UserId::value).distinct().toList())
                .query((rs, row) -> Map.entry(new UserId(rs.getObject("id", UUID.class)), rs.getString("display_name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long count() {
        return jdbc.sql("select count(*) from identity.users").query(Long.class).single();
    }

    boolean anyPlatformAdmin() {
        return jdbc.sql("select exists (select 1 from identity.users where platform_admin and enabled)")
                .query(Boolean.class)
                .single();
    }

    void setEnabled(UserId id, boolean enabled) {
        jdbc.sql("update identity.users set enabled = :enabled where id = :id")
                .param("enabled", enabled)
                .param("id", id.value())
                .update();
    }

    void setPasswordHash(UserId id, String passwordHash) {
        jdbc.sql("update identity.users set password_hash = :hash where id = :id")
                .param("hash", passwordHash)
                .param("id", id.value())
                .update();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                new UserId(rs.getObject("id", UUID.class)),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getBoolean("platform_admin"),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant());
    }
}
