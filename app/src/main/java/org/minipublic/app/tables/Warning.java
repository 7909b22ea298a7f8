package org.minipublic.app.tables;

import java.util.List;

/** Something a hand-made change breaks, as a message key and its arguments. */
public record Warning(String messageKey, List<Object> arguments) {

    public Warning {
        arguments = List.copyOf(arguments);
    }

    static Warning of(String messageKey, Object... arguments) {
        return new Warning(messageKey, List.of(arguments));
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
