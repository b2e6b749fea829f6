package io.socialdesk.slack;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * How a {@link SlackCall} is kept in a row of {@code slack_outbox}: which call it is in {@code kind}, and each of its
 * fields in a column of its own; the columns a call has no field for stay empty.
 */
final class SlackOutboxColumns {

    /** The values of {@code kind}, one per call; rows queued by earlier versions use them too. */
    private enum Kind {
        POST,
        REPLY,
        UPDATE,
        REACT,
        EPHEMERAL,
        DIRECT,
        UPLOAD,
        FORM,
        HOME
    }

    private static final List<String> FIELDS = List.of(
            "message_id", "target_id", "channel", "user_id", "text", "blocks", "emoji", "file_name", "file_bytes");

    private SlackOutboxColumns() {}

    /** The row of {@code call}, as parameters named like the columns. */
    static MapSqlParameterSource of(SlackCall call) {
        // Java 17: an instanceof chain over the sealed calls
        if (call instanceof SlackCall.Post post) {
            return row(Kind.POST)
                    .addValue("message_id", post.messageId())
                    .addValue("channel", post.channel())
                    .addValue("text", post.text())
                    .addValue("blocks", post.blocks());
        }
        if (call instanceof SlackCall.ThreadReply reply) {
            return row(Kind.REPLY)
                    .addValue("message_id", reply.messageId())
                    .addValue("target_id", reply.target())
                    .addValue("channel", reply.channel())
                    .addValue("text", reply.text())
                    .addValue("blocks", reply.blocks());
        }
        if (call instanceof SlackCall.Update update) {
            return row(Kind.UPDATE)
                    .addValue("target_id", update.target())
                    .addValue("channel", update.channel())
                    .addValue("text", update.text())
                    .addValue("blocks", update.blocks());
        }
        if (call instanceof SlackCall.React react) {
            return row(Kind.REACT)
                    .addValue("target_id", react.target())
                    .addValue("channel", react.channel())
                    .addValue("emoji", react.emoji());
        }
        if (call instanceof SlackCall.Ephemeral ephemeral) {
            return row(Kind.EPHEMERAL)
                    .addValue("channel", ephemeral.channel())
                    .addValue("user_id", ephemeral.userId())
                    .addValue("text", ephemeral.text())
                    .addValue("blocks", ephemeral.blocks());
        }
        if (call instanceof SlackCall.DirectMessage direct) {
            return row(Kind.DIRECT)
                    .addValue("message_id", direct.messageId())
                    .addValue("user_id", direct.userId())
                    .addValue("text", direct.text())
                    .addValue("blocks", direct.blocks());
        }
        if (call instanceof SlackCall.Upload upload) {
            return row(Kind.UPLOAD)
                    .addValue("message_id", upload.messageId())
                    .addValue("channel", upload.channel())
                    .addValue("file_name", upload.fileName())
                    .addValue("file_bytes", upload.bytes())
                    .addValue("text", upload.caption());
        }
        if (call instanceof SlackCall.OpenForm form) {
            return row(Kind.FORM)
                    .addValue("target_id", form.triggerId())
                    .addValue("user_id", form.userId())
                    .addValue("blocks", form.view());
        }
        if (call instanceof SlackCall.PublishHome home) {
            return row(Kind.HOME).addValue("user_id", home.userId()).addValue("blocks", home.view());
        }
        throw new IllegalArgumentException("no row for " + call.getClass().getSimpleName());
    }

    /** The call a row of {@code slack_outbox} holds. */
    static SlackCall call(ResultSet row) throws SQLException {
        return switch (Kind.valueOf(row.getString("kind"))) {
            case POST ->
                new SlackCall.Post(
                        row.getString("message_id"),
                        row.getString("channel"),
                        row.getString("text"),
                        row.getString("blocks"));
            case REPLY ->
                new SlackCall.ThreadReply(
                        row.getString("message_id"),
                        row.getString("target_id"),
                        row.getString("channel"),
                        row.getString("text"),
                        row.getString("blocks"));
            case UPDATE ->
                new SlackCall.Update(
                        row.getString("target_id"),
                        row.getString("channel"),
                        row.getString("text"),
                        row.getString("blocks"));
            case REACT ->
                new SlackCall.React(row.getString("target_id"), row.getString("channel"), row.getString("emoji"));
            case EPHEMERAL ->
                new SlackCall.Ephemeral(
                        row.getString("channel"),
                        row.getString("user_id"),
                        row.getString("text"),
                        row.getString("blocks"));
            case DIRECT ->
                new SlackCall.DirectMessage(
                        row.getString("message_id"),
                        row.getString("user_id"),
                        row.getString("text"),
                        row.getString("blocks"));
            case UPLOAD ->
                new SlackCall.Upload(
                        row.getString("message_id"),
                        row.getString("channel"),
                        row.getString("file_name"),
                        row.getBytes("file_bytes"),
                        row.getString("text"));
            case FORM ->
                new SlackCall.OpenForm(row.getString("target_id"), row.getString("user_id"), row.getString("blocks"));
            case HOME -> new SlackCall.PublishHome(row.getString("user_id"), row.getString("blocks"));
        };
    }

    /** A row of {@code kind} with every field column empty. */
    private static MapSqlParameterSource row(Kind kind) {
        MapSqlParameterSource row = new MapSqlParameterSource("kind", kind.name());
        FIELDS.forEach(column -> row.addValue(column, null));
        return row;
    }
}
