package io.socialdesk.http;

import java.time.Duration;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The pause before the next try after {@code attempts} failed ones: Spring's {@link ExponentialBackOff} from
 * {@code first}, doubling, at most {@code longest}. Attempts are counted by the caller (often in a table), so the
 * pause is computed from the count rather than kept in a running execution.
 */
public record Backoff(Duration first, Duration longest) {

    public Duration after(int attempts) {
        ExponentialBackOff policy = new ExponentialBackOff(first.toMillis(), 2.0);
        policy.setMaxInterval(longest.toMillis());
        BackOffExecution execution = policy.start();
        long pause = execution.nextBackOff();
        for (int i = 1; i < attempts && pause < longest.toMillis(); i++) {
            pause = execution.nextBackOff();
        }
        return Duration.ofMillis(pause);
    }
}
