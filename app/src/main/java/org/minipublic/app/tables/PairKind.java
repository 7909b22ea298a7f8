package org.minipublic.app.tables;

/** What a pair rule asks of every planned session. */
public enum PairKind {
    /** The two never share a table: relatives, a known conflict. */
    APART,
    /** The two always share a table: a carer and the member cared for. */
    TOGETHER
}
