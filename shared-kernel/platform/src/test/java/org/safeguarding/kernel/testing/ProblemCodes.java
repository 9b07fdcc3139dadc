package org.safeguarding.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.safeguarding.kernel.ProblemCode;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The problem codes a module declares (every {@link ProblemCode} enum under its package)
 * and the rows of the table in {@code docs/problem-codes.md}, so each module can check
 * that they agree.
 */
public final class ProblemCodes {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ProblemCodes() {
    }

    /** Every enum under the package that implements {@link ProblemCode}. */
    public static List<Class<?>> enumsUnder(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ProblemCode.class));
        List<Class<?>> enums = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (type.isEnum()) {
                enums.add(type);
            }
        }
        return enums;
    }

    public static List<ProblemCode> constantsOf(Class<?> problemEnum) {
        return Arrays.stream(problemEnum.getEnumConstants()).map(ProblemCode.class::cast).toList();
    }

    /** Its codes are lower-case words joined by hyphens, each used once. */
    public static void assertWellFormed(Class<?> problemEnum) {
        List<String> codes = constantsOf(problemEnum).stream().map(ProblemCode::code).toList();
        assertThat(codes).as(problemEnum.getSimpleName() + " codes")
            .doesNotHaveDuplicates()
            .allMatch(code -> CODE.matcher(code).matches(), "lower-case words joined by hyphens");
        assertThat(constantsOf(problemEnum)).allMatch(code -> code.status() >= 400 && code.status() < 600,
                "a 4xx or 5xx status");
    }

    /** {@code code status} for every code declared under the package. */
    public static Set<String> declaredUnder(String basePackage) {
        return enumsUnder(basePackage).stream()
            .flatMap(type -> constantsOf(type).stream())
            .map(code -> code.code() + " " + code.status())
            .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * {@code code status} for every row of {@code docs/problem-codes.md} whose service
     * column is {@code service}.
     */
    public static Set<String> listedInDocs(String service) {
        Set<String> rows = new TreeSet<>();
        for (String line : problemCodesPage()) {
            if (line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                if (cells[3].trim().equals(service)) {
                    rows.add(cells[1].trim().replace("`", "") + " " + cells[2].trim());
                }
            }
        }
        return rows;
    }

    /** The problem codes page, found from the module's directory up. */
    private static List<String> problemCodesPage() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path page = dir.resolve("docs/problem-codes.md");
            if (Files.isRegularFile(page) && Files.isRegularFile(dir.resolve("shared-kernel/pom.xml"))) {
                try {
                    return Files.readAllLines(page);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("No docs/problem-codes.md above " + Path.of("").toAbsolutePath());
    }

}
