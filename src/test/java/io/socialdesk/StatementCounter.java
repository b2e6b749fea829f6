package io.socialdesk;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread prepares, and keeps their text, so a test can say what one
 * operation costs. Join a bot with {@code BotUnderTest.with(StatementCounter.Source.class)}.
 */
public final class StatementCounter {

    private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(ArrayList::new);

    private StatementCounter() {}

    /** Starts counting afresh on this thread. */
    public static void reset() {
        STATEMENTS.get().clear();
    }

    /** What this thread prepared since the last reset. */
    public static List<String> statements() {
        return List.copyOf(STATEMENTS.get());
    }

    /** Wraps the bot's data source. No {@code @Configuration}: it joins only the bots that name it. */
    public static class Source {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
                }
            };
        }
    }

    private static DataSource counting(DataSource target) {
        return proxy(
                DataSource.class,
                target,
                (method, result) -> result instanceof Connection connection
                        ? proxy(
                                Connection.class,
                                connection,
                                (inner, value) -> {
                                    return value;
                                },
                                true)
                        : result,
                false);
    }

    private interface After {
        Object apply(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, After after, boolean countStatements) {
        InvocationHandler handler = (self, method, args) -> {
            if (countStatements
                    && (method.getName().equals("prepareStatement")
                            || method.getName().equals("prepareCall"))) {
                STATEMENTS.get().add(String.valueOf(args[0]));
            }
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
