/**
 * The selection algorithms, one class each: {@code leximin} (the default), {@code maximin}, {@code nash} and
 * {@code legacy}. The first three compute a lottery over panels that is fair in a stated sense; {@code legacy}
 * repeats the greedy procedure used before 2021 and estimates its chances by running it many times.
 */
@NullMarked
package org.minipublic.sortition.algorithm;

import org.jspecify.annotations.NullMarked;
