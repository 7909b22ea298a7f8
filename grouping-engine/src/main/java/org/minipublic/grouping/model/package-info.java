/** The problem as people, sessions, tables and rules, and the plan as a table per person per session. */
@NullMarked
package org.minipublic.grouping.model;

import org.jspecify.annotations.NullMarked;
