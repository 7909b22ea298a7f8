/** The voting pages: ballots for organisers, codes for facilitators, the room screen, and where members vote. */
@NullMarked
package org.minipublic.app.voting.web;

import org.jspecify.annotations.NullMarked;
