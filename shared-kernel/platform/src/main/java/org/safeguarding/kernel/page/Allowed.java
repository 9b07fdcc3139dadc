package org.safeguarding.kernel.page;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the signed-in person passes a method-security expression such as
 * {@code hasAnyRole('DSL', 'HEADTEACHER')}: a page offers a form or a link only to those
 * the same {@code @PreAuthorize} expression lets through, so the role lists are written
 * once, as constants.
 */
public final class Allowed {

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    private static final Map<String, Expression> PARSED = new ConcurrentHashMap<>();

    private Allowed() {
    }

    public static boolean by(String expression) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        var root = new SecurityExpressionRoot(authentication) {
        };
        return Boolean.TRUE.equals(PARSED.computeIfAbsent(expression, PARSER::parseExpression)
            .getValue(new StandardEvaluationContext(root), Boolean.class));
    }

}
