package kz.civicrelay.platform.web;

import java.util.NoSuchElementException;

import org.apache.kafka.common.KafkaException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every REST error of a relay service as {@code application/problem+json} (RFC 9457). The domain
 * speaks plain Java: {@link IllegalArgumentException} is bad input (400),
 * {@link NoSuchElementException} an unknown thing (404), {@link IllegalStateException} a rule of the
 * relay that forbids the act now (409). Malformed JSON and failed validation are 400 through Spring's
 * own handling. A refused request changes nothing.
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "Not allowed in the current state", e.getMessage());
    }

    @ExceptionHandler(KafkaException.class)
    ProblemDetail logUnavailable(KafkaException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Event log unavailable",
                "The event could not be appended to Kafka; nothing was changed. Try again.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
