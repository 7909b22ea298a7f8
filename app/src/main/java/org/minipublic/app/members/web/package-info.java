/** Pages for members: the list, a member's page and edit form, withdrawal, check-in, import and finance. */
@NullMarked
package org.minipublic.app.members.web;

import org.jspecify.annotations.NullMarked;
