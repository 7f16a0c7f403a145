package io.arrflow.platform.security;

/** A credential a service needs is not configured: the service refuses to start. */
public class MissingCredentials extends RuntimeException {

    private final String variable;

    public MissingCredentials(String variable, String what) {
        super(what + " is not configured: set " + variable + " or " + variable + "_FILE");
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
