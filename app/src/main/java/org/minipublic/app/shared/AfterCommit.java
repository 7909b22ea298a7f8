package org.minipublic.app.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must not start before the transaction that asked for it has committed (a background job reading rows the
 * transaction writes, a file deleted only if the deletion of its row holds). Outside a transaction it runs at once.
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static void run(Runnable task) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            task.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                task.run();
            }
        });
    }
}
