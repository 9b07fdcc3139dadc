package org.safeguarding.kernel.api.incident;

/** Who gave advice on an incident. */
public enum AdviceSource {

    LADO, POLICE, HR, LEGAL

}
