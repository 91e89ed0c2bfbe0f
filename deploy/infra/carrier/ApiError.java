import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A refusal in EasyPost's shape, {"error": {"code", "message", "errors": [{"field", "message"}]}}: the EasyPost Java
 * client turns the status into its exception type (401 UnauthorizedError, 404 NotFoundError, 422
 * InvalidRequestError) and reads code, message and errors from the body.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    record FieldError(String field, String message) {
    }

    final int status;
    final String code;
    final List<FieldError> errors;

    ApiError(int status, String code, String message, List<FieldError> errors) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = errors;
    }

    ApiError(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    static ApiError notFound(String what, String id) {
        return new ApiError(404, "NOT_FOUND", "The requested " + what + " could not be found: " + id);
    }

    static ApiError invalid(String code, String message) {
        return new ApiError(422, code, message);
    }

    String toJson() {
        JsonArray fieldErrors = new JsonArray();
        for (FieldError error : errors) {
            JsonObject item = new JsonObject();
            item.addProperty("field", error.field());
            item.addProperty("message", error.message());
            fieldErrors.add(item);
        }
        JsonObject body = new JsonObject();
        body.addProperty("code", code);
        body.addProperty("message", getMessage());
        body.add("errors", fieldErrors);
        JsonObject wrapper = new JsonObject();
        wrapper.add("error", body);
        return wrapper.toString();
    }
}
