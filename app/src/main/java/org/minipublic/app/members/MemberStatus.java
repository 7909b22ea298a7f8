package org.minipublic.app.members;

/** Whether a member still takes part. A withdrawn member keeps their record, attendance and payments. */
public enum MemberStatus {
    ACTIVE,
    WITHDRAWN
}
