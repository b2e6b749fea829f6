package io.socialdesk.chat;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A form the bot opens for one person: a Slack or Discord modal, or a form in the local chat. Its submission
 * arrives as {@link FormSubmitted} with this form's id and the values by field id.
 */
public record Form(String id, String title, String submitLabel, List<Field> fields) {

    public Form {
        fields = List.copyOf(fields);
    }

    /** One input. */
    public record Field(
            String id, String label, Kind kind, boolean required, List<Option> options, @Nullable String hint) {

        public Field {
            options = List.copyOf(options);
        }

        public enum Kind {
            TEXT,
            LONG_TEXT,
            /** Any number of the options; submitted as their values joined by commas. */
            CHOICES,
            /** One of the options. */
            CHOICE,
            /** A date and time; submitted as an instant ({@code ...Z}) or a local time in the team's zone. */
            DATE_TIME,
            URL
        }
    }

    /** One choice of a {@link Field.Kind#CHOICES} or {@link Field.Kind#CHOICE} field. */
    public record Option(String value, String label) {}
}
