/** The pool of respondents: who can be selected, their values in each category, and who shares a household. */
@NullMarked
package org.minipublic.sortition.pool;

import org.jspecify.annotations.NullMarked;
