package vn.thituyen.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Exam clients ({@code /api/exam/**}) send {@code Authorization: Bearer <token>}; a valid token signs the
 * request in as that examinee for this request only (stateless: nothing kept in the HTTP session).
 */
class ExamTokenFilter extends OncePerRequestFilter {

    private final ObjectProvider<ExamTicketCheck> tickets;

    ExamTokenFilter(ObjectProvider<ExamTicketCheck> tickets) {
        this.tickets = tickets;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/exam/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        ExamTicketCheck check = tickets.getIfAvailable();
        if (header != null && header.startsWith("Bearer ") && check != null) {
            check.checkToken(header.substring(7).trim()).ifPresent(e -> {
                Principal p = new Principal(e.candidateNumber(), "", true, null, e.attemptId(), Role.EXAMINEE,
                        e.fullName(), e.session());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null,
                        p.getAuthorities()));
                SecurityContextHolder.setContext(context);
            });
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
