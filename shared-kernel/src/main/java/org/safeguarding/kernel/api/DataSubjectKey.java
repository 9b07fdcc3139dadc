package org.safeguarding.kernel.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The top-level component of an event whose value names the key its {@link PersonalData}
 * is encrypted with: the record the event is about (an incident, a comment, a post, a
 * pupil in the consent register). Erasing that key erases those fields in every event
 * about it, while the events themselves, and the proofs over them, stay.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface DataSubjectKey {

}
