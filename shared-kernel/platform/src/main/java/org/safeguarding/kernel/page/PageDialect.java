package org.safeguarding.kernel.page;

import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes {@code #site}, {@code #times} and {@code #clocks} available to every template.
 */
class PageDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final IExpressionObjectFactory objects;

    PageDialect(Site site, SchoolTimes times, WorkingClocks clocks) {
        super("safeguarding");
        Map<String, Object> byName = Map.of("site", site, "times", times, "clocks", clocks);
        this.objects = new IExpressionObjectFactory() {

            @Override
            public Set<String> getAllExpressionObjectNames() {
                return byName.keySet();
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return byName.get(name);
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
