package org.safeguarding.kernel.page;

import java.util.List;

import org.safeguarding.kernel.security.CurrentActor;
import org.safeguarding.kernel.security.SchoolDirectory;

/**
 * What the header of every page shows: the school, the two services to move between, and
 * who is signed in. Templates reach it as {@code #site}.
 */
public final class Site {

    /**
     * One service in the navigation; the current one links to its own home.
     *
     * @param label what the link says
     * @param url where it goes
     * @param current whether the page shown belongs to it
     */
    public record Section(String label, String url, boolean current) {
    }

    private final String school;

    private final List<Section> sections;

    private final SchoolDirectory directory;

    Site(String school, List<Section> sections, SchoolDirectory directory) {
        this.school = school;
        this.sections = List.copyOf(sections);
        this.directory = directory;
    }

    public String school() {
        return school;
    }

    public List<Section> sections() {
        return sections;
    }

    /**
     * The signed-in person's name as the directory gives it (their username if it gives
     * none); empty when nobody is signed in.
     */
    public String person() {
        return CurrentActor.get().map(actor -> nameOf(actor.username())).orElse("");
    }

    /**
     * Someone's name as the directory gives it, their username if it gives none; empty
     * for nobody.
     */
    public String nameOf(String username) {
        return username == null ? "" : directory.displayName(username).orElse(username);
    }

}
