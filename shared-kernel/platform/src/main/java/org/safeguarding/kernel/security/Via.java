package org.safeguarding.kernel.security;

/**
 * The details of a request one service made on a person's behalf: the service account it
 * came through. The person is the actor; this is recorded beside them as {@code via}.
 */
public record Via(String service) {
}
