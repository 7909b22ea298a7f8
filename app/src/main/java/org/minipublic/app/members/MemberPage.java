package org.minipublic.app.members;

import java.util.List;

/** One page of an assembly's members. Pages are numbered from 0. */
public record MemberPage(List<MemberSummary> members, int page, int pageCount, long total) {}
