package org.safeguarding.kernel;

import java.util.List;
import java.util.function.Function;

/** A page of a list, as every list endpoint answers it. */
public record PagedResult<T>(List<T> content, int page, int size, long totalElements) {

    /** The same page with each element mapped, for instance to the view as read now. */
    public <R> PagedResult<R> map(Function<? super T, ? extends R> mapping) {
        return new PagedResult<>(content.stream().<R>map(mapping).toList(), page, size, totalElements);
    }
}
