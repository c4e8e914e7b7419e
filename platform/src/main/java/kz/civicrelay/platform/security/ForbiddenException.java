package kz.civicrelay.platform.security;

/** A signed-in caller whose role may not do this (403); nothing was changed. */
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
