package io.socialdesk.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns refused or malformed local-chat requests into RFC 9457 problem answers, and logs them. */
@RestControllerAdvice(assignableTypes = LocalChatController.class)
final class LocalApiErrors {

    private static final Logger log = LoggerFactory.getLogger(LocalApiErrors.class);

    @ExceptionHandler(LocalChatException.class)
    ProblemDetail refused(LocalChatException ex) {
        log.info("Local chat request refused ({}): {}", ex.status().value(), ex.getMessage());
        return ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail malformed(HttpMessageNotReadableException ex) {
        log.info(
                "Local chat request with an unreadable body: {}",
                ex.getMostSpecificCause().getMessage());
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "the request body is not the JSON this endpoint takes");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mistyped(MethodArgumentTypeMismatchException ex) {
        log.info("Local chat request with '{}' = '{}'", ex.getName(), ex.getValue());
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "the parameter '" + ex.getName() + "' has a value of the wrong kind");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail notJson(HttpMediaTypeNotSupportedException ex) {
        log.info("Local chat request with content type {}", ex.getContentType());
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the request body as application/json");
    }

    @ExceptionHandler(DataAccessException.class)
    ProblemDetail storeFailed(DataAccessException ex) {
        log.error("Local chat request failed in the database", ex);
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "the chat could not store that just now; nothing was changed, try again");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException ex) {
        log.info("Local chat request without '{}'", ex.getParameterName());
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "the query parameter '" + ex.getParameterName() + "' is required");
    }
}
