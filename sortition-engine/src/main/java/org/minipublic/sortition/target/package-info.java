/**
 * Targets: for each value of each category, the fewest and most panel seats it may have, and how far organisers
 * allow those limits to move when the targets cannot all be met.
 */
@NullMarked
package org.minipublic.sortition.target;

import org.jspecify.annotations.NullMarked;
