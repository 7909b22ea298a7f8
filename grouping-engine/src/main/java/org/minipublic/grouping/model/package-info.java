/** The problem as members, facilitators, sessions, tables and rules, and the plan as a table per member per session. */
@NullMarked
package org.minipublic.grouping.model;

import org.jspecify.annotations.NullMarked;
