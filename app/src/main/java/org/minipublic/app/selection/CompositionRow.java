package org.minipublic.app.selection;

import org.jspecify.annotations.Nullable;

/**
 * One value of one category in a draw: how many registered, the target, how many selected and the population share.
 * The public draw page and the JSON interface show exactly this, so it must never carry anything about a person.
 */
public record CompositionRow(
        String category, String value, int registered, int min, int max, int selected, @Nullable Double population) {}
