package org.safeguarding.kernel.audit;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request an id (the caller's {@code X-Request-Id} or a new one) and remembers
 * where it came from.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(REQUEST_ID_HEADER);
        String requestId = given != null && given.matches("[A-Za-z0-9._:-]{1,100}") ? given
                : UUID.randomUUID().toString();
        MDC.put(AuditMetaData.REQUEST_ID, requestId);
        MDC.put(AuditMetaData.REMOTE_ADDRESS, request.getRemoteAddr());
        response.setHeader(REQUEST_ID_HEADER, requestId);
        try {
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove(AuditMetaData.REQUEST_ID);
            MDC.remove(AuditMetaData.REMOTE_ADDRESS);
        }
    }

}
