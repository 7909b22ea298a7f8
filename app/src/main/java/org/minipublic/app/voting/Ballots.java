package org.minipublic.app.voting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.deliberation.Drafts;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.members.Members;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preparing, opening and closing an assembly's ballots. A ballot is a draft while its items and method are set;
 * opening it fixes them and the number of members eligible; closing it ends voting for good and lets the votes be
 * counted. Every step is audited; votes themselves are not, as an audit entry's time could link a vote to a voter.
 */
@Service
public class Ballots {

    static final int TITLE_LIMIT = 200;
    static final int BODY_LIMIT = 4000;
    static final int ITEM_LIMIT = 60;

    private final BallotRecords records;
    private final Counting counting;
    private final Members members;
    private final Drafts drafts;
    private final CodeRecords codes;
    private final PaperRecords papers;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Ballots(
            BallotRecords records,
            Counting counting,
            Members members,
            Drafts drafts,
            CodeRecords codes,
            PaperRecords papers,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.counting = counting;
        this.members = members;
        this.drafts = drafts;
        this.codes = codes;
        this.papers = papers;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** The assembly's ballots in the order they were prepared. */
    @Transactional(readOnly = true)
    public List<Ballot> all(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_BALLOTS);
        return records.all(assembly);
    }

    /**
     * One ballot.
     *
     * @throws BallotNotFoundException when the assembly has no such ballot
     */
    @Transactional(readOnly = true)
    public Ballot ballot(Actor actor, AssemblyId assembly, BallotId id) {
        identity.require(actor, assembly, Permission.VIEW_BALLOTS);
        return records.find(assembly, id).orElseThrow(() -> new BallotNotFoundException(id));
    }

    /** Prepares a ballot, with no items yet. */
    @Transactional
    public BallotId create(Actor actor, AssemblyId assembly, BallotDetails details) {
        identity.require(actor, assembly, Permission.MANAGE_BALLOTS);
        check(assembly, null, details);
        var id = BallotId.random();
        records.insert(id, assembly, details, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "voting.ballot-created", "Ballot " + id)
                .withChange(null, summary(details)));
        return id;
    }

    /** Changes a draft's title, method or condition, unless someone else changed it since {@code version}. */
    @Transactional
    public void update(Actor actor, AssemblyId assembly, BallotId id, BallotDetails details, int version) {
        identity.require(actor, assembly, Permission.MANAGE_BALLOTS);
        var before = draft(actor, assembly, id);
        check(assembly, id, details);
        if (!records.update(assembly, id, details, version)) {
            throw new InvalidInputException("title", "voting.ballot.changed-meanwhile");
        }
        audit.record(AuditRecord.of(actor, assembly, "voting.ballot-changed", "Ballot " + id)
                .withChange(summary(before.details()), summary(details)));
    }

    /** Removes a draft; a ballot that has opened is kept for good. */
    @Transactional
    public void remove(Actor actor, AssemblyId assembly, BallotId id) {
        identity.require(actor, assembly, Permission.MANAGE_BALLOTS);
        var before = draft(actor, assembly, id);
        if (records.all(assembly).stream().anyMatch(b -> id.equals(b.details().requires()))) {
            throw new InvalidInputException("ballot", "voting.ballot.required-by-another");
        }
        records.deleteDraft(assembly, id);
        audit.record(AuditRecord.of(actor, assembly, "voting.ballot-removed", "Ballot " + id)
                .withChange(summary(before.details()), null));
    }

    /** Adds an item at the end of a draft. */
    @Transactional
    public ItemId addItem(Actor actor, AssemblyId assembly, BallotId id, ItemText text) {
        identity.require(actor, assembly, Permission.MANAGE_BALLOTS);
        var ballot = draft(actor, assembly, id);
        if (ballot.items().size() >= ITEM_LIMIT) {
            throw new InvalidInputException("title", "voting.item.too-many", ITEM_LIMIT);
        }
        var items = new ArrayList<>(ballot.items());
        var item = new BallotItem(ItemId.random(), items.size(), clean(text.title()), clean(text.body()));
        check(item);
        items.add(item);
        records.replaceItems(id, items);
        audit.record(AuditRecord.of(actor, assembly, "voting.item-added", "Ballot " + id)
                .withChange(null, item.title()));
        return item.id();
    }

    /**
     * Adds every final draft recommendation not on the ballot yet (by title) as an item, in the order of their themes.
     *
     * @return how many were added
     */
    @Transactional
    public int addFinalDrafts(Actor actor, AssemblyId assembly, BallotId id) {
        identity.require(actor, assembly, Permission.MANAGE_BALLOTS);
        var ballot = draft(actor, assembly, id);
        var items = new ArrayList<>(ballot.items());
        var titles = new java.util.HashSet<String>();
        items.forEach(i -> titles.add(i.title()));
        int added = 0;
        for (var text : drafts.finalTexts(actor, assembly)) {
            if (!titles.add(text.title())) {
                continue;
            }
            if (items.size() >= ITEM_LIMIT) {
                throw new InvalidInputException("title", "voting.item.too-many", ITEM_LIMIT);
            }
            var item = new BallotItem(ItemId.random(), items.size(), text.title(), text.body());
            check(item);
            items.add(item);
            added++;
        }
        if (added > 0) {
            records.replaceItems(id, items);
            audit.record(AuditRecord.of(actor, assembly, "voting.drafts-added", "Ballot " + id)
                    .withChange(null, added + " final drafts"));
        }
        return added;
    }

    /** Changes an item of a draft. */
    @Transactional
    public void updateItem(Actor actor, AssemblyId assembly, BallotId id, ItemId itemId, ItemText text) {
        identity.require(actor, assembly, Permission.MANAGE_BALLOTS);
        var ballot = draft(actor, assembly, id);
        var before = item(ballot, itemId);
        var after = new BallotItem(itemId, before.position(), clean(text.title()), clean(text.body()));
        check(after);
        var items = new ArrayList<>(ballot.items());
        items.set(before.position(), after);
        records.replaceItems(id, items);
        audit.record(AuditRecord.of(actor, assembly, "voting.item-changed", "Ballot " + id)
                .withChange(before.title(), after.title()));
    }

    /** Removes an item from a draft, or moves it one place up; the others keep their order. */
    @Transactional
    public void removeItem(Actor actor, AssemblyId assembly, BallotId id, ItemId itemId) {
        identity.require(actor, assembly, Permission.MANAGE_BALLOTS);
        var ballot = draft(actor, assembly, id);
        var removed = item(ballot, itemId);
        var items = new ArrayList<>(ballot.items());
        items.remove(removed.position());
        records.replaceItems(id, renumbered(items));
        audit.record(AuditRecord.of(actor, assembly, "voting.item-removed", "Ballot " + id)
                .withChange(removed.title(), null));
    }

    /** Moves an item of a draft one place up. */
    @Transactional
    public void moveItemUp(Actor actor, AssemblyId assembly, BallotId id, ItemId itemId) {
        identity.require(actor, assembly, Permission.MANAGE_BALLOTS);
        var ballot = draft(actor, assembly, id);
        var moved = item(ballot, itemId);
        if (moved.position() == 0) {
            return;
        }
        var items = new ArrayList<>(ballot.items());
        items.add(moved.position() - 1, items.remove(moved.position()));
        records.replaceItems(id, renumbered(items));
    }

    /**
     * Opens a draft for voting: its items and method are fixed, and every member not withdrawn is counted eligible.
     *
     * @throws InvalidInputException when it has no items, or the ballot it follows has not passed
     */
    @Transactional
    public void open(Actor actor, AssemblyId assembly, BallotId id) {
        identity.require(actor, assembly, Permission.MANAGE_BALLOTS);
        var ballot = draft(actor, assembly, id);
        if (ballot.items().isEmpty()) {
            throw new InvalidInputException("ballot", "voting.ballot.no-items");
        }
        if (ballot.method() instanceof BallotMethod.Prioritise p
                && p.topN() > ballot.items().size()) {
            throw new InvalidInputException("ballot", "voting.ballot.top-n-above-items");
        }
        var requires = ballot.details().requires();
        if (requires != null && !passed(assembly, requires)) {
            throw new InvalidInputException("ballot", "voting.ballot.earlier-not-passed");
        }
        int eligible = (int) members.all(actor, assembly).stream()
                .filter(m -> !m.withdrawn())
                .count();
        if (eligible == 0) {
            throw new InvalidInputException("ballot", "voting.ballot.no-members");
        }
        if (!records.open(assembly, id, eligible, clock.instant())) {
            throw new InvalidInputException("ballot", "voting.ballot.not-draft");
        }
        codes.forgetBatches(id);
        audit.record(AuditRecord.of(actor, assembly, "voting.ballot-opened", "Ballot " + id)
                .withChange(null, eligible + " eligible"));
    }

    /**
     * Closes an open ballot: no vote is taken after this (votes being cast finish first), the votes are sealed, and
     * they can be counted.
     */
    @Transactional
    public void close(Actor actor, AssemblyId assembly, BallotId id) {
        identity.require(actor, assembly, Permission.MANAGE_BALLOTS);
        var ballot = ballot(actor, assembly, id);
        if (!ballot.isOpen() || !records.close(assembly, id, clock.instant())) {
            throw new InvalidInputException("ballot", "voting.ballot.not-open");
        }
        records.sealed(id, counting.seal(ballot(actor, assembly, id)));
        papers.forgetAll(id);
        var closed = ballot(actor, assembly, id);
        audit.record(AuditRecord.of(actor, assembly, "voting.ballot-closed", "Ballot " + id)
                .withChange(null, closed.votesCast() + " votes, chain head " + closed.chainHead()));
    }

    /** Whether the ballot closed with every item adopted. */
    boolean passed(AssemblyId assembly, BallotId id) {
        return records.find(assembly, id)
                .filter(Ballot::isClosed)
                .map(b -> counting.count(b).passed())
                .orElse(false);
    }

    /** The ballot, locked until the transaction ends, so that no change to a draft races with its opening. */
    private Ballot draft(Actor actor, AssemblyId assembly, BallotId id) {
        records.lockForChange(assembly, id);
        var ballot = ballot(actor, assembly, id);
        if (!ballot.isDraft()) {
            throw new InvalidInputException("ballot", "voting.ballot.not-draft");
        }
        return ballot;
    }

    private void check(AssemblyId assembly, @Nullable BallotId id, BallotDetails details) {
        String title = details.title().strip();
        if (title.isEmpty() || title.length() > TITLE_LIMIT) {
            throw new InvalidInputException("title", "voting.ballot.title-length", TITLE_LIMIT);
        }
        var requires = details.requires();
        if (requires != null) {
            var earlier = records.find(assembly, requires);
            if (earlier.isEmpty()
                    || earlier.get().method() instanceof BallotMethod.Prioritise
                    || leadsBackTo(assembly, earlier.get(), id)) {
                throw new InvalidInputException("requires", "voting.ballot.requires-invalid");
            }
        }
    }

    /**
     * Whether following what {@code earlier} requires, and what that requires, comes back to {@code id}: two ballots
     * that each wait for the other could never open.
     */
    private boolean leadsBackTo(AssemblyId assembly, Ballot earlier, @Nullable BallotId id) {
        var seen = new java.util.HashSet<BallotId>();
        @Nullable Ballot step = earlier;
        while (step != null && seen.add(step.id())) {
            if (step.id().equals(id)) {
                return true;
            }
            var next = step.details().requires();
            step = next == null ? null : records.find(assembly, next).orElse(null);
        }
        return false;
    }

    private static void check(BallotItem item) {
        if (item.title().isEmpty() || item.title().length() > TITLE_LIMIT) {
            throw new InvalidInputException("title", "voting.item.title-length", TITLE_LIMIT);
        }
        if (item.body().length() > BODY_LIMIT) {
            throw new InvalidInputException("body", "voting.item.body-length", BODY_LIMIT);
        }
    }

    private static BallotItem item(Ballot ballot, ItemId id) {
        return ballot.items().stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new BallotNotFoundException(id));
    }

    private static List<BallotItem> renumbered(List<BallotItem> items) {
        var result = new ArrayList<BallotItem>(items.size());
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            result.add(new BallotItem(item.id(), i, item.title(), item.body()));
        }
        return result;
    }

    private static String clean(String text) {
        return text.strip().replace("\r\n", "\n");
    }

    static String summary(BallotDetails details) {
        return details.title() + " (" + details.method() + ")";
    }
}
