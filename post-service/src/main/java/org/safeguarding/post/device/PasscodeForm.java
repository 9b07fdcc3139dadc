package org.safeguarding.post.device;

/** What the headteacher types on the devices page: the passcode sent to them. */
class PasscodeForm {

    private String passcode;

    public String getPasscode() {
        return passcode;
    }

    public void setPasscode(String passcode) {
        this.passcode = passcode;
    }

}
