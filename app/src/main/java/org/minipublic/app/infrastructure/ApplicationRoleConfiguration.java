package org.minipublic.app.infrastructure;

import java.sql.DatabaseMetaData;
import java.util.HashMap;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The migrations run as the owner of the tables; the application connects as another role (ADR 0011). The
 * migrations learn that role's name as the placeholder {@code ${app_role}}, taken from the application's own
 * connection, so it is configured once ({@code spring.datasource.username}, or the embedded server's role).
 */
@Configuration(proxyBeanMethods = false)
class ApplicationRoleConfiguration {

    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder(DataSource dataSource) {
        return configuration -> {
            var placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put(ApplicationRoleGrants.PLACEHOLDER, userOf(dataSource));
            configuration.placeholders(placeholders);
        };
    }

    @Bean
    ApplicationRoleGrants applicationRoleGrants() {
        return new ApplicationRoleGrants();
    }

    private static String userOf(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getUserName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot connect to the database as the application: " + e.getMessage(), e);
        }
    }
}
