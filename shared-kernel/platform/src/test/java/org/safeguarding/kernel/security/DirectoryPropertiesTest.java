package org.safeguarding.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Role;

class DirectoryPropertiesTest {

    private static final String HASH = "{bcrypt}$2a$10$BmWggonJ4georeLXEDJvlu3xOCmJIWi97j5Ix9voypE15NwUe77z.";

    private static final DirectoryProperties.Person TEACHER = new DirectoryProperties.Person("teacher",
            "Ms Tessa Teacher", HASH, Set.of(Role.STAFF));

    @Test
    void aPersonPrintsWithoutTheirPasswordHash() {
        assertThat(new DirectoryProperties(List.of(TEACHER)).toString())
            .contains("teacher", "Ms Tessa Teacher", "STAFF")
            .doesNotContain(HASH)
            .doesNotContain("$2a$");
    }

    @Test
    void aDirectoryListingSomeoneTwiceFailsWithoutShowingAHash() {
        var twice = new DirectoryProperties(List.of(TEACHER, TEACHER));

        assertThatThrownBy(() -> new SchoolDirectory(twice)).hasMessageContaining("teacher")
            .hasMessageNotContaining("$2a$");
    }

}
