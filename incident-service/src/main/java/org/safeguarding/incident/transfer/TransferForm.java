package org.safeguarding.incident.transfer;

import org.safeguarding.kernel.page.FormValues;

/**
 * The transfer page's forms, as typed: sending a pupil's file, recording the receipt the
 * other school sent back, importing a file from another school. Files come as parts of
 * their own; a browser never fills a file field again.
 */
class TransferForm {

    private String ref;

    private String toSchool;

    private String toDsl;

    private String receipt;

    private String passphrase;

    private String publicKey;

    TransferRequests.Send send() {
        return new TransferRequests.Send(FormValues.text(toSchool), FormValues.text(toDsl));
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getToSchool() {
        return toSchool;
    }

    public void setToSchool(String toSchool) {
        this.toSchool = toSchool;
    }

    public String getToDsl() {
        return toDsl;
    }

    public void setToDsl(String toDsl) {
        this.toDsl = toDsl;
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public String getPassphrase() {
        return passphrase;
    }

    public void setPassphrase(String passphrase) {
        this.passphrase = passphrase;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

}
