package org.minipublic.app.selection;

import java.util.List;

/** Something that makes a set of targets unusable, as a message key and its arguments. */
public record TargetProblem(String messageKey, List<Object> arguments) {

    public TargetProblem {
        arguments = List.copyOf(arguments);
    }

    static TargetProblem of(String key, Object... arguments) {
        return new TargetProblem(key, List.of(arguments));
    }
}
