/**
 * Fair stratified selection of a panel from a pool of respondents. {@link org.minipublic.sortition.PanelSelector} is the
 * single entry point: a {@link org.minipublic.sortition.SelectionProblem} in, a
 * {@link org.minipublic.sortition.SelectionResult} out. No Spring, no database, no clock: randomness comes from the
 * seed in the problem, so the same problem always gives the same result.
 */
@NullMarked
package org.minipublic.sortition;

import org.jspecify.annotations.NullMarked;
