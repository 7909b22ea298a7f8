package org.minipublic.app.infrastructure;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@code java -jar minipublic.jar backup FILE} and {@code restore FILE}: the operator's commands for the whole database,
 * embedded or external, run instead of the application. They read the same settings as the application (environment,
 * {@code --name=value} arguments, configuration files, {@code --demo}) without starting it, and print to the console
 * because the operator is reading it.
 */
public final class DatabaseCommand {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int BAD_USAGE = 2;

    private static final Set<String> VERBS = Set.of("backup", "restore");

    static final String USAGE =
            """
            Usage: java -jar minipublic.jar backup FILE [--demo] [--name=value…]
                   java -jar minipublic.jar restore FILE [--demo] [--name=value…]

            backup   writes the whole database to FILE, a new file readable by this account only (pg_dump's custom
                     format). Works while Minipublic runs.
            restore  replaces the whole database with FILE's content, in one transaction: on any error nothing
                     changes. Stop Minipublic first.

            The database is the one Minipublic would use with the same settings: SPRING_DATASOURCE_URL with
            SPRING_FLYWAY_USER and SPRING_FLYWAY_PASSWORD (the owner role) for your own PostgreSQL, otherwise the
            embedded one in MINIPUBLIC_DATA_DIR (./minipublic-data; ./minipublic-demo-data with --demo).
            Needs PostgreSQL's pg_dump and pg_restore of the server's major version or newer (17 for the embedded
            database); MINIPUBLIC_BACKUP_POSTGRES_BIN names their directory if they are elsewhere.
            The two-factor key is not in the backup: keep a copy of it apart. See docs/operations.md, Backups.
            """;

    private final Function<Path, EmbeddedDatabase> embeddedDatabase;
    private final PrintStream out;
    private final PrintStream err;

    DatabaseCommand(Function<Path, EmbeddedDatabase> embeddedDatabase, PrintStream out, PrintStream err) {
        this.embeddedDatabase = embeddedDatabase;
        this.out = out;
        this.err = err;
    }

    /** Whether the arguments ask for one of these commands rather than for the application. */
    public static boolean isCommand(String... args) {
        return args.length > 0 && VERBS.contains(args[0]);
    }

    /** Runs the command and returns the process's exit code: 0 done, 1 refused or failed, 2 wrong arguments. */
    public static int run(String... args) {
        return new DatabaseCommand(EmbeddedDatabase::start, System.out, System.err).execute(args);
    }

    int execute(String... args) {
        var options = Arrays.asList(args).subList(Math.min(2, args.length), args.length);
        if (args.length < 2 || !VERBS.contains(args[0]) || args[1].startsWith("-") || !allOptions(options)) {
            err.print(USAGE);
            return BAD_USAGE;
        }
        boolean restore = args[0].equals("restore");
        try {
            out.println(perform(restore, Path.of(args[1]), options));
            return OK;
        } catch (RuntimeException e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.toString();
            err.println((restore ? "Restore" : "Backup") + " not done: " + reason);
            return REFUSED;
        }
    }

    /** Returns what to tell the operator. */
    private String perform(boolean restore, Path file, List<String> options) {
        var settings = settings(options);
        var tools = PostgresTools.in(settings.getProperty("minipublic.backup.postgres-bin"));
        if (restore) {
            DatabaseRestore.readable(file); // before starting a server for nothing
        }
        try (var database = TargetDatabase.open(settings, restore, embeddedDatabase)) {
            return restore ? DatabaseRestore.apply(database, file, tools) : DatabaseBackup.write(database, file, tools);
        }
    }

    private static boolean allOptions(List<String> options) {
        return options.stream().allMatch(option -> option.startsWith("--"));
    }

    /**
     * The application's settings, resolved by Spring Boot as at a start but with an empty context: no web server, no
     * database, and none of the context initialisers the class path registers.
     */
    private static ConfigurableEnvironment settings(List<String> options) {
        var application = new SpringApplication(Settings.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setInitializers(List.of());
        if (options.contains("--demo")) {
            application.setAdditionalProfiles("demo");
        }
        try (var context = application.run(options.toArray(String[]::new))) {
            return context.getEnvironment();
        }
    }

    /** The empty context's only bean. */
    static final class Settings {}
}
