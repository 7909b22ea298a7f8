package org.minipublic.app.members;

import org.jspecify.annotations.Nullable;

/**
 * Which members a list shows.
 *
 * @param search part of a name, or empty for everyone
 * @param status only members with this status, or {@code null} for all
 */
public record MemberFilter(String search, @Nullable MemberStatus status) {

    public static final MemberFilter ALL = new MemberFilter("", null);

    public MemberFilter {
        search = search.strip();
    }
}
