package org.minipublic.app.recruitment;

import java.util.List;

/** One page of the pool. Pages are numbered from 0. */
public record RespondentPage(List<RespondentSummary> respondents, int page, int pageCount, long total) {}
