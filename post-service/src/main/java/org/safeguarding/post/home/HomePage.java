package org.safeguarding.post.home;

import org.safeguarding.kernel.page.PageController;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the pages the signed-in person's roles use. */
@PageController
class HomePage {

    @GetMapping("/")
    String home() {
        return "home";
    }

}
