/**
 * The incident context's messages: commands in the imperative, events in the past tense.
 * Names spell acronyms as words ({@code ReferToLado}); events released before that rule
 * keep the names the event store holds them by.
 */
package org.safeguarding.kernel.api.incident;
