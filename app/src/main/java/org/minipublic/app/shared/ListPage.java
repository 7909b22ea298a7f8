package org.minipublic.app.shared;

/**
 * Which page of a long list to show. The number comes from the address bar, so it is kept between the first and the
 * last page: no number, negative or past the end, can reach the database as an impossible offset.
 *
 * @param number the page shown, from 0
 * @param count how many pages the list has (at least one, even when empty)
 */
public record ListPage(int number, int count) {

    public static ListPage of(int requested, long total, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one row, not " + size);
        }
        long pages = Math.max(1, (Math.max(0, total) + size - 1) / size);
        int count = (int) Math.min(Integer.MAX_VALUE, pages);
        return new ListPage(Math.max(0, Math.min(requested, count - 1)), count);
    }
}
