package org.minipublic.app.surveys;

import org.jspecify.annotations.Nullable;

/**
 * A column of an uploaded file and the question it fills.
 *
 * @param index the column's place in the file, from 0
 * @param key the key of the question it fills, or null when the column is left out
 */
public record ColumnMatch(int index, String header, @Nullable String key) {}
