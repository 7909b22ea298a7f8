package org.minipublic.app.tables.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.tables.NewPair;
import org.minipublic.app.tables.PairKind;
import org.springframework.validation.Errors;

/** A keep-apart or keep-together pair as chosen: two members from the lists, the kind and a reason. */
public class PairForm {

    private String one = "";
    private String other = "";
    private String kind = "";
    private String reason = "";

    /** The pair, or null after rejecting each field left unchosen. */
    @Nullable
    NewPair toPair(Errors errors) {
        var first = member(one, "one", errors);
        var second = member(other, "other", errors);
        PairKind chosen = null;
        try {
            chosen = PairKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("kind", "tables.pairs.kind.choose");
        }
        if (first == null || second == null || chosen == null) {
            return null;
        }
        return new NewPair(first, second, chosen, reason);
    }

    private static @Nullable MemberId member(String id, String field, Errors errors) {
        try {
            return new MemberId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "tables.pairs.choose");
            return null;
        }
    }

    public String getOne() {
        return one;
    }

    public void setOne(String one) {
        this.one = one;
    }

    public String getOther() {
        return other;
    }

    public void setOther(String other) {
        this.other = other;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
