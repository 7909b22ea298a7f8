/**
 * What a draw tells people: chances (smallest, mean, largest), who can never or always be selected, and for each value
 * its pool count, target, expected seats and seats in the drawn panel; plus the draw record from which anyone can
 * re-run and check the draw.
 */
@NullMarked
package org.minipublic.sortition.report;

import org.jspecify.annotations.NullMarked;
