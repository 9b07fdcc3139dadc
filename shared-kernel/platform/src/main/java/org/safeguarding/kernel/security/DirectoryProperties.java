package org.safeguarding.kernel.security;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.safeguarding.kernel.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.directory.users}: the school's staff directory. Passwords are
 * BCrypt hashes, never plain text. The demo profile adds the demo users; nothing else
 * does.
 */
@ConfigurationProperties("safeguarding.directory")
@Validated
public record DirectoryProperties(List<@Valid Person> users) {

    public DirectoryProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record Person(@NotBlank String username, String name, @NotBlank String password, @NotNull Set<Role> roles) {

        /**
         * Without the password hash: a record's string shows up in logs and start-up
         * errors.
         */
        @Override
        public String toString() {
            return "Person[username=" + username + ", name=" + name + ", roles=" + roles + ", password withheld]";
        }
    }
}
