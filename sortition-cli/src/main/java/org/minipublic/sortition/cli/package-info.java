/**
 * The command-line tool {@code minipublic-sortition}: {@code select}, {@code check}, {@code replace}, {@code verify}
 * and {@code bench}. Exit codes: 0 success, 1 a verification that failed, 2 bad input, 3 targets that cannot be met, 4 the chosen
 * algorithm could not compute a lottery for this pool (or found none before its time limit), 5 the time limit stopped
 * the algorithm and the draw used the best lottery it had found, 130 stopped by Ctrl-C.
 */
@NullMarked
package org.minipublic.sortition.cli;

import org.jspecify.annotations.NullMarked;
