package org.safeguarding.kernel.security;

import java.util.List;
import java.util.Set;

import org.safeguarding.kernel.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguarding.directory.users}: the school's staff directory. Passwords are BCrypt hashes, never plain
 * text. The demo profile adds the demo users; nothing else does.
 */
@ConfigurationProperties("safeguarding.directory")
public record DirectoryProperties(List<Person> users) {

    public DirectoryProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record Person(String username, String name, String password, Set<Role> roles) {

        /** Without the password hash: a record's string shows up in logs and start-up errors. */
        @Override
        public String toString() {
            return "Person[username=" + username + ", name=" + name + ", roles=" + roles + ", password withheld]";
        }
    }
}
