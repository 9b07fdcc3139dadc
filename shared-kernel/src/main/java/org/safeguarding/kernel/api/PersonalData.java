package org.safeguarding.kernel.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component of an event that says who someone is or what happened to them (a name, a
 * pupil's ref, free text): stored encrypted under the key of the event's data subject
 * ({@link DataSubjectKey}), and read as {@code [erased]} (text), empty (a list) or null
 * once that key is erased. Components that rules decide on (kinds, flags, levels) stay
 * clear. Records and lists of records that hold such components are searched.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {

    /** What an erased personal text reads as. */
    String ERASED = "[erased]";

}
