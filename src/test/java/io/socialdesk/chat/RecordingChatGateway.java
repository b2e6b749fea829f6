package io.socialdesk.chat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** A chat gateway for tests: remembers everything the bot said, in order. */
public final class RecordingChatGateway implements ChatGateway {

    /** One thing the bot said: how, where, to whom and what. */
    public record Said(String kind, String where, String text) {}

    private final List<Said> said = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, OutgoingMessage> latest = new ConcurrentHashMap<>();

    public List<Said> said() {
        return List.copyOf(said);
    }

    /** What {@code message} shows now, after its last update: the text of its sections and context lines. */
    public String latestText(MessageRef message) {
        OutgoingMessage shown = latest.get(message.id());
        if (shown == null) {
            return "";
        }
        return shown.blocks().stream()
                .map(block -> block instanceof Block.Section section
                        ? section.text()
                        : block instanceof Block.Context context ? context.text() : "")
                .collect(Collectors.joining("\n"));
    }

    @Override
    public Platform platform() {
        return Platform.LOCAL;
    }

    @Override
    public MessageRef post(ChannelRef channel, OutgoingMessage message) {
        return record("post", channel, channel.id(), message);
    }

    @Override
    public void update(MessageRef message, OutgoingMessage replacement) {
        latest.put(message.id(), replacement);
        said.add(new Said("update", message.id(), replacement.text()));
    }

    @Override
    public MessageRef replyInThread(MessageRef parent, OutgoingMessage message) {
        return record("thread", parent.channel(), parent.id(), message);
    }

    @Override
    public void react(MessageRef message, Emoji emoji) {
        said.add(new Said("react", message.id(), emoji.name()));
    }

    @Override
    public MessageRef directMessage(UserRef user, OutgoingMessage message) {
        return record("dm", new ChannelRef(Platform.LOCAL, "dm-" + user.id()), user.id(), message);
    }

    @Override
    public MessageRef uploadImage(ChannelRef channel, ChatImage image, OutgoingMessage caption) {
        return record("image", channel, channel.id(), caption);
    }

    @Override
    public void ephemeral(ChannelRef channel, UserRef user, OutgoingMessage message) {
        said.add(new Said("ephemeral", channel.id() + "/" + user.id(), message.text()));
    }

    @Override
    public void openForm(CommandInvoked invocation, Form form) {
        said.add(new Said(
                "form", invocation.channel().id() + "/" + invocation.user().id(), form.id()));
    }

    @Override
    public ConnectionState connection() {
        return new ConnectionState(Platform.LOCAL, ConnectionState.Status.CONNECTED, "recording", Instant.EPOCH);
    }

    private MessageRef record(String kind, ChannelRef channel, String where, OutgoingMessage message) {
        said.add(new Said(kind, where, message.text()));
        MessageRef posted = new MessageRef(channel, "m" + ids.incrementAndGet());
        latest.put(posted.id(), message);
        return posted;
    }
}
