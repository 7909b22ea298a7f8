/**
 * The compiled form the algorithms and solvers work on: respondents as integer value vectors, and respondents with
 * identical values (and no shared household) merged into one group, since a fair lottery must treat them alike.
 */
@NullMarked
package org.minipublic.sortition.model;

import org.jspecify.annotations.NullMarked;
