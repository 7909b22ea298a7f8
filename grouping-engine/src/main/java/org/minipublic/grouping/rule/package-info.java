/**
 * The hard rules of a seating plan, one method each, checked on a finished plan independently of how it was made: the
 * quality report lists any rule broken (there must be none).
 */
@NullMarked
package org.minipublic.grouping.rule;

import org.jspecify.annotations.NullMarked;
