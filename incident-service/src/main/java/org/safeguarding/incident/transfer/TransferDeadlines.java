package org.safeguarding.incident.transfer;

import java.util.List;
import java.util.Optional;

import org.safeguarding.kernel.api.Reasoned;
import org.safeguarding.kernel.api.incident.ReinstateTransferDeadline;
import org.safeguarding.kernel.deadline.Deadline;
import org.safeguarding.kernel.deadline.ReconciledDeadlines;
import org.springframework.stereotype.Component;

/**
 * The transfers' receipt clocks for the deadline reconciler: every transfer sent and
 * neither received nor escalated has one running.
 */
@Component
class TransferDeadlines implements ReconciledDeadlines {

    static final String KIND = "TRANSFER_RECEIPT";

    private final Transfers transfers;

    TransferDeadlines(Transfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public Class<?> saga() {
        return TransferReceiptSaga.class;
    }

    @Override
    public List<Expected> expected() {
        return transfers.sent()
            .stream()
            .filter(transfer -> transfer.status() == TransferView.Status.SENT)
            .map(transfer -> new Expected(new Deadline(transfer.id(), KIND, transfer.receiptDue()), transfer.sentAt()))
            .toList();
    }

    @Override
    public Optional<Deadline> recognise(Object payload) {
        if (payload instanceof ReceiptDue due) {
            return Optional.of(new Deadline(due.transferId(), KIND, due.due()));
        }
        return Optional.empty();
    }

    @Override
    public Reasoned reinstate(Deadline missing, String reason) {
        return new ReinstateTransferDeadline(missing.ownerId(), missing.due(), reason);
    }

}
