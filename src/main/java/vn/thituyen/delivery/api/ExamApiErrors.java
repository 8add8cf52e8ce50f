package vn.thituyen.delivery.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.thituyen.common.ApiError;

/**
 * Every refusal of the exam clients' API is JSON {@code {"error": key, "message": text}} with the right status,
 * also those Spring MVC makes before (or instead of) calling {@link ExamClientController}: an unknown address
 * (404), a method the address does not take (405), a body that is not JSON (415), an answer type the API does not
 * give (406), a path variable of the wrong type or an unreadable body (400). Without this, an unknown address
 * fell through to Vaadin's router (an HTML page) and the others to the servlet container's error page.
 */
@Configuration
class ExamApiErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ExamApiErrors.class);
    static final String PREFIX = "/api/exam/";

    /**
     * Addresses under /api/exam that no controller method maps: after the controllers (order 0), before Vaadin's
     * catch-all forwarding and the static resources (both near the lowest precedence).
     */
    @Bean
    SimpleUrlHandlerMapping examApiUnknownAddresses() {
        HttpRequestHandler notFound = (request, response) -> ApiError.write(response, 404, "error.api.notFound");
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/exam/**", notFound));
        mapping.setOrder(1);
        return mapping;
    }

    @Override
    public int getOrder() {
        // before Spring's own resolvers, which would send the container's error page
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        try {
            if (ex instanceof HttpRequestMethodNotSupportedException m) {
                if (m.getSupportedMethods() != null) {
                    response.setHeader("Allow", String.join(", ", m.getSupportedMethods()));
                }
                ApiError.write(response, 405, "error.api.methodNotAllowed", m.getMethod());
            } else if (ex instanceof HttpMediaTypeNotSupportedException) {
                ApiError.write(response, 415, "error.api.unsupportedMediaType");
            } else if (ex instanceof HttpMediaTypeNotAcceptableException) {
                ApiError.write(response, 406, "error.api.notAcceptable");
            } else if (ex instanceof MethodArgumentTypeMismatchException t) {
                ApiError.write(response, 400, "error.api.typeMismatch", cut(String.valueOf(t.getValue())), t.getName());
            } else if (ex instanceof HttpMessageNotReadableException || ex instanceof MissingPathVariableException) {
                ApiError.write(response, 400, "error.badRequest");
            } else if (ex instanceof NoResourceFoundException) {
                ApiError.write(response, 404, "error.api.notFound");
            } else {
                return null;   // the controller's own handlers (domain refusals, busy, …)
            }
            return new ModelAndView();
        } catch (IOException e) {
            LOG.debug("Could not write the API error", e);
            return new ModelAndView();
        }
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
