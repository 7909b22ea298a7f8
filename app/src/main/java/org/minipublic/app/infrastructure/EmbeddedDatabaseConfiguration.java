package org.minipublic.app.infrastructure;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Runs PostgreSQL inside the application when {@code spring.datasource.url} is not set, so that a fresh machine
 * needs no database server. Setting the standard datasource properties switches to an external server. As with an
 * external server, the migrations run as the owner role and the application as a role with fewer rights.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${minipublic.data-dir:minipublic-data}") Path dataDirectory) {
        return EmbeddedDatabase.start(dataDirectory);
    }

    @Bean
    @Primary
    HikariDataSource dataSource(EmbeddedDatabase database) {
        var dataSource = new HikariDataSource();
        dataSource.setPoolName("minipublic");
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(EmbeddedDatabase.APPLICATION);
        dataSource.setPassword(database.password(EmbeddedDatabase.APPLICATION));
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /** Only for the migrations: not a candidate wherever a plain {@link DataSource} is injected. */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedDatabase database) {
        return database.ownerDataSource();
    }

    /** The migrations run while the context starts; afterwards the owner's connections are closed. */
    @Bean
    ApplicationListener<ContextRefreshedEvent> ownerConnectionsClosedWhenStarted(EmbeddedDatabase database) {
        return event -> database.closeOwnerConnections();
    }
}
