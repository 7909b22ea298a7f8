package org.minipublic.app.infrastructure;

/**
 * Why a backup or restore command stopped, worded for the operator who ran it; the database is as it was. Never holds
 * the content of a backup or of the database.
 */
final class CommandRefusal extends RuntimeException {

    CommandRefusal(String message) {
        super(message);
    }

    CommandRefusal(String message, Throwable cause) {
        super(message, cause);
    }
}
