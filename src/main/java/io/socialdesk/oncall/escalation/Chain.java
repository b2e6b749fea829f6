package io.socialdesk.oncall.escalation;

import io.socialdesk.oncall.OncallProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chain one alert climbs, copied from the config when the alert opens: every step of every round, with whom it
 * pages and how long it waits. Stored as text such as {@code ON_WATCH@600,PERSON=anna@900;ON_WATCH@600,...}
 * (rounds apart by {@code ;}), so later config edits leave alerts in flight alone. Pure.
 */
record Chain(List<Planned> steps) {

    /**
     * One step as planned.
     *
     * @param step whom it pages
     * @param ref the person or group it names, or empty
     * @param waitFor how long it waits before the next step
     * @param round which climb of the chain it belongs to, from 0
     */
    record Planned(Step step, String ref, Duration waitFor, int round) {}

    Chain {
        steps = List.copyOf(steps);
    }

    /** The configured chain, each round one after the other. */
    static Chain of(OncallProperties.Escalation escalation, Duration defaultWait) {
        List<Planned> steps = new ArrayList<>();
        for (int round = 0; round <= escalation.repeat(); round++) {
            for (OncallProperties.EscalationStep step : escalation.steps()) {
                steps.add(new Planned(
                        Step.valueOf(step.kind().toUpperCase(Locale.ROOT).replace('-', '_')),
                        step.ref(),
                        step.waitFor() == null ? defaultWait : step.waitFor(),
                        round));
            }
        }
        return new Chain(steps);
    }

    String encode() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            Planned step = steps.get(i);
            if (i > 0) {
                text.append(steps.get(i - 1).round() == step.round() ? ',' : ';');
            }
            text.append(step.step().name());
            if (!step.ref().isEmpty()) {
                text.append('=').append(step.ref());
            }
            text.append('@').append(step.waitFor().toSeconds());
        }
        return text.toString();
    }

    /** Reads a stored chain; steps stored without a wait (before waits were configurable) wait {@code defaultWait}. */
    static Chain decode(String text, Duration defaultWait) {
        List<Planned> steps = new ArrayList<>();
        String[] rounds = text.split(";");
        for (int round = 0; round < rounds.length; round++) {
            for (String part : rounds[round].split(",")) {
                int at = part.indexOf('@');
                Duration wait = at < 0 ? defaultWait : Duration.ofSeconds(Long.parseLong(part.substring(at + 1)));
                String target = at < 0 ? part : part.substring(0, at);
                int equals = target.indexOf('=');
                steps.add(new Planned(
                        Step.valueOf(equals < 0 ? target : target.substring(0, equals)),
                        equals < 0 ? "" : target.substring(equals + 1),
                        wait,
                        round));
            }
        }
        return new Chain(steps);
    }

    Planned get(int index) {
        return steps.get(index);
    }

    int size() {
        return steps.size();
    }
}
