/** The materials' pages: the team's list, balance and review pages, and the public list of published materials. */
@NullMarked
package org.minipublic.app.evidence.web;

import org.jspecify.annotations.NullMarked;
