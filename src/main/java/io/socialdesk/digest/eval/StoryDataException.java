package io.socialdesk.digest.eval;

/** The labelled file cannot be read or lacks a column the evaluation needs. */
final class StoryDataException extends RuntimeException {

    StoryDataException(String message, Throwable cause) {
        super(message, cause);
    }

    StoryDataException(String message) {
        super(message);
    }
}
