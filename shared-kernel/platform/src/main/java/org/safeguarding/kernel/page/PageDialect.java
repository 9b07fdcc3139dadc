package org.safeguarding.kernel.page;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Makes {@code #site} and {@code #times} available to every template. */
class PageDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final IExpressionObjectFactory objects;

    PageDialect(Site site, SchoolTimes times) {
        super("safeguarding");
        this.objects = new IExpressionObjectFactory() {

            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("site", "times");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return "site".equals(name) ? site : times;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }

        };
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return objects;
    }

}
