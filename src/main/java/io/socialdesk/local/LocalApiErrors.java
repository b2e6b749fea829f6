package io.socialdesk.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns refused or malformed local-chat requests into RFC 9457 problem answers, and logs them. */
@RestControllerAdvice(assignableTypes = LocalChatController.class)
class LocalApiErrors {

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

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException ex) {
        log.info("Local chat request without '{}'", ex.getParameterName());
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "the query parameter '" + ex.getParameterName() + "' is required");
    }
}
