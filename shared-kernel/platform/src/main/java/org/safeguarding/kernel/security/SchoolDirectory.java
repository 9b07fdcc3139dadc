package org.safeguarding.kernel.security;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The people who may sign in, with their names and roles. */
public class SchoolDirectory implements UserDetailsService {

    /** Someone in the directory, as others may see them: never their password hash. */
    public record Listed(String username, String name, Set<Role> roles) {
    }

    private final Map<String, DirectoryProperties.Person> people;

    public SchoolDirectory(DirectoryProperties properties) {
        this.people = properties.users()
            .stream()
            .collect(Collectors.toUnmodifiableMap(DirectoryProperties.Person::username, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        DirectoryProperties.Person person = people.get(username);
        if (person == null) {
            throw new UsernameNotFoundException("Not in the school directory");
        }
        return User.withUsername(person.username())
            .password(person.password())
            .authorities(person.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
            .build();
    }

    public Optional<Actor> actor(String username) {
        return Optional.ofNullable(people.get(username)).map(person -> Actor.of(person.username(), person.roles()));
    }

    public List<String> usernamesWith(Role role) {
        return people.values()
            .stream()
            .filter(person -> person.roles().contains(role))
            .map(DirectoryProperties.Person::username)
            .sorted()
            .toList();
    }

    /**
     * The people in the directory, by name (username where there is none): the services'
     * own accounts are not people and are left out.
     */
    public List<Listed> people() {
        return people.values()
            .stream()
            .filter(person -> !person.roles().contains(Role.SERVICE))
            .map(person -> new Listed(person.username(), person.name() == null ? person.username() : person.name(),
                    Collections.unmodifiableSet(rolesInOrder(person.roles()))))
            .sorted(Comparator.comparing(Listed::name).thenComparing(Listed::username))
            .toList();
    }

    private static EnumSet<Role> rolesInOrder(Set<Role> roles) {
        EnumSet<Role> ordered = EnumSet.noneOf(Role.class);
        ordered.addAll(roles);
        return ordered;
    }

    public Optional<String> displayName(String username) {
        return Optional.ofNullable(people.get(username)).map(DirectoryProperties.Person::name);
    }

    /**
     * The roles of the person with this username, matched regardless of case; none for
     * someone not listed.
     */
    public Set<Role> rolesOf(String username) {
        return people.values()
            .stream()
            .filter(person -> person.username().equalsIgnoreCase(username))
            .findFirst()
            .map(person -> Set.copyOf(person.roles()))
            .orElse(Set.of());
    }

}
