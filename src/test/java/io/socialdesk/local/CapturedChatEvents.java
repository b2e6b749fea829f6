package io.socialdesk.local;

import io.socialdesk.chat.ChatEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/** Registered beside the application in tests: every chat event the features would receive, in order. */
public final class CapturedChatEvents {

    private final List<ChatEvent> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ChatEvent event) {
        events.add(event);
    }

    public <T extends ChatEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
