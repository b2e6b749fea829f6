package io.socialdesk.local;

import org.springframework.http.HttpStatus;

/** A request the local chat refuses, with the status and a message that says why. */
final class LocalChatException extends RuntimeException {

    private final HttpStatus status;

    LocalChatException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
