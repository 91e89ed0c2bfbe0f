package com.example.fulfillment.problem;

import java.util.List;

/**
 * A request the service refuses for a reason its caller can act on. Thrown from domain or API code and
 * answered as problem+json with this status; field names the input at fault, if one is.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "Not Found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "Bad Request", "the request has invalid fields",
                List.of(new Problem.Violation(field, message)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
