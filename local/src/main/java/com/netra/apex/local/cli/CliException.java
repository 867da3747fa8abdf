package com.netra.apex.local.cli;

/** A mistake in how a command was called: printed with the usage, exit status 2. */
public final class CliException extends RuntimeException {

    public CliException(String message) {
        super(message);
    }
}
