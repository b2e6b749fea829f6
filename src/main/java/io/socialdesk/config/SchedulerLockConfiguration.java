package io.socialdesk.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several replicas against one PostgreSQL behave like one bot: a scheduled job annotated with
 * {@code @SchedulerLock} runs on one of them at a time, locked through the {@code shedlock} table.
 *
 * <p>Locks are short (30 s) and extended while their job runs, so a replica that dies holding one blocks the others
 * for seconds, not minutes; and a replica that starts releases the locks its host still holds, since whatever held
 * them there died with the previous process. Jobs claim their work row by row as well, so the lock only saves
 * effort and never guards correctness alone. Replicas therefore need host names of their own (as containers have).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = SchedulerLockConfiguration.LOCK_AT_MOST_FOR)
class SchedulerLockConfiguration {

    /** The shortest lock {@link KeepAliveLockProvider} extends. */
    static final String LOCK_AT_MOST_FOR = "PT30S";

    private static final Logger log = LoggerFactory.getLogger(SchedulerLockConfiguration.class);

    private final JdbcTemplate jdbc;
    private final String host = ReplicaName.host();

    SchedulerLockConfiguration(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Bean
    LockProvider lockProvider() {
        ScheduledExecutorService extender = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "shedlock-keep-alive");
            thread.setDaemon(true);
            return thread;
        });
        return new KeepAliveLockProvider(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(jdbc)
                        .usingDbTime()
                        // ShedLock would find the database out at the first lock and keep UNKNOWN for good if that
                        // first look fails (a pool exhausted for a moment); asked once here, where failing is loud
                        .withDatabaseProduct(databaseProduct())
                        .withLockedByValue(host)
                        .build()),
                extender);
    }

    private DatabaseProduct databaseProduct() {
        String name = jdbc.execute((ConnectionCallback<String>)
                connection -> connection.getMetaData().getDatabaseProductName());
        if (name != null && name.startsWith("PostgreSQL")) {
            return DatabaseProduct.POSTGRES_SQL;
        }
        if ("H2".equals(name)) {
            return DatabaseProduct.H2;
        }
        throw new IllegalStateException("SocialDesk runs on H2 or PostgreSQL, not on " + name);
    }

    @EventListener(ApplicationStartedEvent.class)
    void releaseLocksOfThePreviousProcess() {
        int released = jdbc.update(
                "UPDATE shedlock SET lock_until = locked_at WHERE locked_by = ? AND lock_until > locked_at", host);
        if (released > 0) {
            log.info("Released {} job lock(s) that {} held before it restarted", released, host);
        }
    }
}
