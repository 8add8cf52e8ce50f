package vn.thituyen.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one error body of the JSON APIs, {@code {"error": key, "message": Vietnamese text}}, written straight to
 * the response (also where no message converter runs: security filters, errors before a controller is found),
 * whatever the client said it accepts.
 */
public final class ApiError {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiError() {
    }

    public static Map<String, String> body(String key, Object... params) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", key);
        body.put("message", Messages.vi(key, params));
        return body;
    }

    public static void write(HttpServletResponse response, int status, String key, Object... params)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body(key, params)));
        response.flushBuffer();
    }
}
