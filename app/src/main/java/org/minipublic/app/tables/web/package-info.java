/** The table plan pages: every session's tables, the settings, planning, locking and moving members by hand. */
@NullMarked
package org.minipublic.app.tables.web;

import org.jspecify.annotations.NullMarked;
