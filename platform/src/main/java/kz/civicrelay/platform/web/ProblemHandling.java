package kz.civicrelay.platform.web;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.kafka.common.KafkaException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import kz.civicrelay.platform.core.StandbyException;
import kz.civicrelay.platform.security.ForbiddenException;

/**
 * Every REST error of a relay service as {@code application/problem+json} (RFC 9457). The domain
 * speaks plain Java: {@link IllegalArgumentException} is bad input (400),
 * {@link NoSuchElementException} an unknown thing (404), {@link IllegalStateException} a rule of the
 * relay that forbids the act now (409). Malformed JSON and failed validation are 400 through Spring's
 * own handling, with what was wrong: each invalid field (also as {@code errors}: field and message),
 * or where the JSON could not be read. A refused request changes nothing.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Boot's own handler (spring.mvc.problemdetails.enabled)
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

    /** A signed-in caller whose role may not do this act (a region's team on another region's notification). */
    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    /**
     * A write sent to a standby instance: 503, to be tried again in a second, naming the active instance
     * (header {@code Relay-Active-Instance} and property {@code activeInstance}: its id and URL) where known.
     */
    @ExceptionHandler(StandbyException.class)
    ResponseEntity<ProblemDetail> standby(StandbyException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Standby instance", e.getMessage());
        var response = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1");
        String active = e.activeInstance();
        if (active != null) {
            problem.setProperty("activeInstance", active);
            response.header("Relay-Active-Instance", active);
        }
        return response.body(problem);
    }

    @ExceptionHandler(KafkaException.class)
    ProblemDetail logUnavailable(KafkaException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Event log unavailable",
                "The event could not be appended to Kafka; nothing was changed. Try again.");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", errors.stream()
                .map(f -> f.get("field") + ": " + f.get("message")).sorted()
                .reduce((a, b) -> a + "; " + b).orElse("The request body is not valid."));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
                "The request body is not the JSON this endpoint expects (UTF-8, Content-Type: application/json).");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
