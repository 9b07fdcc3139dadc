package org.safeguarding.kernel;

import java.util.List;

/** A page of a list, as every list endpoint answers it. */
public record PagedResult<T>(List<T> content, int page, int size, long totalElements) {
}
