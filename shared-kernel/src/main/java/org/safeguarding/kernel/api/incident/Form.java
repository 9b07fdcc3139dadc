package org.safeguarding.kernel.api.incident;

/**
 * The paper form the policy names: the orange e-safety form or the yellow safeguarding
 * form.
 */
public enum Form {

    E_SAFETY, SAFEGUARDING

}
