package io.socialdesk.watch.eval;

/** The NAB data cannot be evaluated; the message names the file (and line) and what is wrong with it. */
final class NabDataException extends RuntimeException {

    NabDataException(String message) {
        super(message);
    }

    NabDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
