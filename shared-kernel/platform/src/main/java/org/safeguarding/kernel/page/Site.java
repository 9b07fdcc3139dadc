package org.safeguarding.kernel.page;

import java.util.List;

import org.safeguarding.kernel.security.CurrentActor;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the header of every page shows: the school, the two services to move between, the
 * pages of this one the signed-in person may use, and who is signed in. Templates reach
 * it as {@code #site}.
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

    /**
     * One of the service's pages the signed-in person may use.
     *
     * @param link the page
     * @param current whether it is the page shown, or one of its sub-pages
     */
    public record Page(PageLink link, boolean current) {
    }

    private final String school;

    private final List<Section> sections;

    private final SchoolDirectory directory;

    private final List<PageLink> pages;

    Site(String school, List<Section> sections, SchoolDirectory directory, List<PageLink> pages) {
        this.school = school;
        this.sections = List.copyOf(sections);
        this.directory = directory;
        this.pages = List.copyOf(pages);
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

    /**
     * The service's pages the signed-in person may use, in the order they were declared.
     */
    public List<Page> pages() {
        String shown = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRequestURI() : "";
        return pages.stream()
            .filter(page -> Allowed.by(page.access()))
            .map(page -> new Page(page, shown.equals(page.path()) || shown.startsWith(page.path() + "/")))
            .toList();
    }

}
