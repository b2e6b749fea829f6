package io.socialdesk.slack;

import com.slack.api.RequestConfigurator;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Makes the Web API call a {@link SlackCall} stands for. A call on one of the bot's messages goes to the channel and
 * ts Slack gave that message, as {@link SlackMessages} holds them; a message the call posts is added there.
 */
final class SlackWebApi {

    private final MethodsClient slack;
    private final SlackMessages messages;

    SlackWebApi(MethodsClient slack, SlackMessages messages) {
        this.slack = slack;
        this.messages = messages;
    }

    /** Whether the message {@code call} posts is on Slack already: posted before a crash, or a failed write. */
    boolean alreadyMade(SlackCall call) {
        return call.creates().flatMap(messages::posted).isPresent();
    }

    /** Slack's answer; empty when the message the call acts on is not on Slack yet. */
    Optional<SlackApiTextResponse> call(SlackCall call) throws IOException, SlackApiException {
        if (call instanceof SlackCall.OnMessage onMessage) {
            Optional<SlackMessages.Posted> target = locate(onMessage);
            return target.isEmpty() ? Optional.empty() : Optional.of(callOn(onMessage, target.get()));
        }
        return Optional.of(callAlone(call));
    }

    /** A call on a message, which is at {@code target} on Slack. */
    private SlackApiTextResponse callOn(SlackCall.OnMessage call, SlackMessages.Posted target)
            throws IOException, SlackApiException {
        // Java 17: an instanceof chain over the sealed calls
        if (call instanceof SlackCall.ThreadReply reply) {
            return postMessage(reply.messageId(), request -> request.channel(target.channel())
                    .threadTs(target.ts())
                    .text(reply.text())
                    .blocksAsString(reply.blocks())
                    .unfurlLinks(false));
        }
        if (call instanceof SlackCall.Update update) {
            return slack.chatUpdate(request -> request.channel(target.channel())
                    .ts(target.ts())
                    .text(update.text())
                    .blocksAsString(update.blocks()));
        }
        if (call instanceof SlackCall.React react) {
            return slack.reactionsAdd(request ->
                    request.channel(target.channel()).timestamp(target.ts()).name(react.emoji()));
        }
        throw new IllegalArgumentException(
                "no Web API call for " + call.getClass().getSimpleName());
    }

    /** A call that acts on no earlier message, so it can always be made at once. */
    private SlackApiTextResponse callAlone(SlackCall call) throws IOException, SlackApiException {
        if (call instanceof SlackCall.Post post) {
            return postMessage(post.messageId(), request -> request.channel(post.channel())
                    .text(post.text())
                    .blocksAsString(post.blocks())
                    .unfurlLinks(false));
        }
        if (call instanceof SlackCall.Ephemeral ephemeral) {
            return slack.chatPostEphemeral(request -> request.channel(ephemeral.channel())
                    .user(ephemeral.userId())
                    .text(ephemeral.text())
                    .blocksAsString(ephemeral.blocks()));
        }
        if (call instanceof SlackCall.DirectMessage direct) {
            return directMessage(direct);
        }
        if (call instanceof SlackCall.Upload upload) {
            return slack.filesUploadV2(request -> request.channel(upload.channel())
                    .fileData(upload.bytes())
                    .filename(upload.fileName())
                    .title(upload.fileName())
                    .initialComment(upload.caption()));
        }
        if (call instanceof SlackCall.OpenForm form) {
            View modal = GsonFactory.createSnakeCase().fromJson(form.view(), View.class);
            return slack.viewsOpen(
                    request -> request.triggerId(form.triggerId()).view(modal));
        }
        if (call instanceof SlackCall.PublishHome home) {
            View view = GsonFactory.createSnakeCase().fromJson(home.view(), View.class);
            return slack.viewsPublish(request -> request.userId(home.userId()).view(view));
        }
        throw new IllegalArgumentException(
                "no Web API call for " + call.getClass().getSimpleName());
    }

    /** Posts a message of the bot's and remembers where it landed, under our {@code id}. */
    private ChatPostMessageResponse postMessage(
            String id, RequestConfigurator<ChatPostMessageRequest.ChatPostMessageRequestBuilder> request)
            throws IOException, SlackApiException {
        ChatPostMessageResponse response = slack.chatPostMessage(request);
        if (response.isOk()) {
            messages.remember(id, response.getChannel(), response.getTs());
        }
        return response;
    }

    private SlackApiTextResponse directMessage(SlackCall.DirectMessage direct) throws IOException, SlackApiException {
        var conversation = slack.conversationsOpen(request -> request.users(List.of(direct.userId())));
        if (!conversation.isOk()) {
            return conversation;
        }
        String channel = conversation.getChannel().getId();
        return postMessage(
                direct.messageId(),
                request -> request.channel(channel).text(direct.text()).blocksAsString(direct.blocks()));
    }

    /**
     * Where a message is: one of the bot's once it is on Slack (a direct message's channel is only known then), or
     * someone else's, addressed by its ts in the channel of our ref to it.
     */
    private Optional<SlackMessages.Posted> locate(SlackCall.OnMessage call) {
        Optional<SlackMessages.Posted> posted = messages.posted(call.target());
        // only the bot's own messages can be updated; someone else's is replied to or reacted on by its ts
        if (posted.isPresent()
                || call instanceof SlackCall.Update
                || !call.target().matches("\\d+\\.\\d+")) {
            return posted;
        }
        return Optional.of(new SlackMessages.Posted(call.channel(), call.target()));
    }
}
