package org.safeguarding.kernel.api.post;

import java.util.List;

import org.safeguarding.kernel.api.PersonalData;

/**
 * What a post says and shows, where it is made from, and any exemption from the posting
 * window.
 */
public record PostContent(@PersonalData String text, List<Medium> media, Location location, Exemption exemption) {

    public PostContent {
        media = media == null ? List.of() : List.copyOf(media);
    }
}
