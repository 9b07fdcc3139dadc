package org.safeguarding.post.device;

/**
 * What a poster sends to register the browser they use: a name the headteacher knows it
 * by, and that it belongs to the school.
 */
class RegistrationForm {

    private String name;

    private boolean schoolOwned;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isSchoolOwned() {
        return schoolOwned;
    }

    public void setSchoolOwned(boolean schoolOwned) {
        this.schoolOwned = schoolOwned;
    }

}
