package org.minipublic.app.recruitment;

import java.util.List;

/** One page of the address list. Pages are numbered from 0. */
public record HouseholdPage(List<ListedHousehold> households, int page, int pageCount, long total) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount;
    }
}
