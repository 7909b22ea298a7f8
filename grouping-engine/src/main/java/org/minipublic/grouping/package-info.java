/**
 * Seating plans for an assembly's discussion tables: who sits at which table in each session, so that every table
 * mirrors the assembly, people meet as many others as possible, and practical rules hold.
 * {@link org.minipublic.grouping.GroupAllocator} is the single entry point: a
 * {@link org.minipublic.grouping.GroupingProblem} in, a {@link org.minipublic.grouping.GroupingResult} out.
 */
@NullMarked
package org.minipublic.grouping;

import org.jspecify.annotations.NullMarked;
