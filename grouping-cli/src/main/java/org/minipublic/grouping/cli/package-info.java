/** The command line: {@code allocate} a plan from files, {@code bench} the engine against random seating. */
@NullMarked
package org.minipublic.grouping.cli;

import org.jspecify.annotations.NullMarked;
