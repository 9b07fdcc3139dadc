package org.safeguarding.post.post;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safeguarding.kernel.api.post.ExemptionKind;
import org.safeguarding.kernel.api.post.Location;
import org.safeguarding.kernel.api.post.Medium;
import org.safeguarding.post.policy.PostingRule;

/**
 * What the drafting page sends, kept as typed, so that a form a rule refused comes back
 * exactly as it was. It becomes the API's {@link PostRequests.Draft} or
 * {@link PostRequests.Revision}, and the same rules check both.
 */
class PostForm {

    /** One photo or video: a row of the form; a row left empty is none. */
    static class MediumRow {

        private String caption;

        private String pupilRefs;

        private boolean identifiable;

        private boolean noPupilsShown;

        public String getCaption() {
            return caption;
        }

        public void setCaption(String caption) {
            this.caption = caption;
        }

        public String getPupilRefs() {
            return pupilRefs;
        }

        public void setPupilRefs(String pupilRefs) {
            this.pupilRefs = pupilRefs;
        }

        public boolean isIdentifiable() {
            return identifiable;
        }

        public void setIdentifiable(boolean identifiable) {
            this.identifiable = identifiable;
        }

        public boolean isNoPupilsShown() {
            return noPupilsShown;
        }

        public void setNoPupilsShown(boolean noPupilsShown) {
            this.noPupilsShown = noPupilsShown;
        }

        boolean isEmpty() {
            return blank(caption) && blank(pupilRefs) && !identifiable && !noPupilsShown;
        }

        /** Refs typed with spaces or commas between them. */
        List<String> refs() {
            return blank(pupilRefs) ? List.of()
                    : Arrays.stream(pupilRefs.split("[\\s,]+")).filter(ref -> !ref.isEmpty()).toList();
        }

    }

    private static final Pattern MEDIUM_FIELD = Pattern.compile("media\\[(\\d+)](\\.[A-Za-z]+)?.*");

    private Long version;

    private String accountId;

    private String text;

    private List<MediumRow> media = new ArrayList<>();

    private Location location = Location.ONSITE;

    private ExemptionKind exemptionKind;

    private String exemptionReason;

    /** The form's row of each medium in the request, in the request's order. */
    private final List<Integer> rowOfMedium = new ArrayList<>();

    /** The form showing a stored draft, as its author last saved it. */
    static PostForm of(PostView draft) {
        PostForm form = new PostForm();
        form.version = draft.version();
        form.accountId = draft.accountId();
        form.text = draft.text();
        for (Medium medium : draft.media()) {
            MediumRow row = new MediumRow();
            row.caption = medium.caption();
            row.pupilRefs = String.join(", ", medium.pupilRefs());
            row.identifiable = medium.identifiable();
            row.noPupilsShown = medium.noPupilsShown();
            form.media.add(row);
        }
        form.location = draft.location();
        if (draft.exemption() != null) {
            form.exemptionKind = draft.exemption().kind();
            form.exemptionReason = draft.exemption().reason();
        }
        return form;
    }

    PostRequests.Draft toDraft() {
        return new PostRequests.Draft(blankAsNull(accountId), text == null ? "" : text, described(), location,
                exemption());
    }

    PostRequests.Revision toRevision() {
        return new PostRequests.Revision(text == null ? "" : text, described(), location, exemption());
    }

    /** The form field that shows a field of the request: a medium's by its row. */
    String fieldOnForm(String requestField) {
        Matcher medium = MEDIUM_FIELD.matcher(requestField);
        if (medium.matches()) {
            String row = "media[" + rowOfMedium.get(Integer.parseInt(medium.group(1))) + "]";
            return medium.group(2) == null ? row : row + medium.group(2);
        }
        return switch (requestField) {
            case "exemption", "exemption.kind" -> "exemptionKind";
            case "exemption.reason" -> "exemptionReason";
            default -> requestField;
        };
    }

    /**
     * The field a refusal is about: the posting rule's part of the post; null for the
     * post as a whole.
     */
    static String fieldOf(String violationCode) {
        if (violationCode.equals(PostProblem.UNKNOWN_ACCOUNT.violationCode())) {
            return "accountId";
        }
        return Arrays.stream(PostingRule.values())
            .filter(rule -> rule.name().equals(violationCode))
            .findFirst()
            .map(rule -> switch (rule) {
                case TEXT_TOO_LONG, PUPIL_NAMED, MENTION_NOT_ALLOWED, INDIVIDUALLY_TARGETED, FORTHCOMING_VISIT ->
                    "text";
                case PUPIL_WITHOUT_CONSENT, PUPIL_ON_NO_PHOTO_LIST, INDIVIDUAL_PUPIL_PHOTO, PUPILS_NOT_IDENTIFIED,
                        VISIBLE_NAMES_NOT_CHECKED ->
                    "media";
                case ACCOUNT_NOT_ACTIVE, AUTHOR_NOT_APPROVED_POSTER, PASSWORD_ROTATION_OVERDUE -> "accountId";
                case OFFSITE_LOCATION -> "location";
                case OUTSIDE_POSTING_HOURS -> "exemptionKind";
            })
            .orElse(null);
    }

    /** Rows for at least this many photos: empty ones added at the end. */
    void keepMediaRows(int atLeast) {
        while (media.size() < atLeast) {
            media.add(new MediumRow());
        }
    }

    void addMedium() {
        media.add(new MediumRow());
    }

    /** The version of the draft the author was shown, as the API's {@code If-Match}. */
    String ifMatch() {
        return version == null ? null : version.toString();
    }

    private List<PostRequests.MediumBody> described() {
        rowOfMedium.clear();
        List<PostRequests.MediumBody> described = new ArrayList<>();
        for (int row = 0; row < media.size(); row++) {
            MediumRow medium = media.get(row);
            if (!medium.isEmpty()) {
                rowOfMedium.add(row);
                described.add(new PostRequests.MediumBody(blankAsNull(medium.caption), medium.refs(),
                        medium.identifiable, medium.noPupilsShown));
            }
        }
        return described;
    }

    private PostRequests.ExemptionBody exemption() {
        return exemptionKind == null && blank(exemptionReason) ? null
                : new PostRequests.ExemptionBody(exemptionKind, blankAsNull(exemptionReason));
    }

    private static String blankAsNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<MediumRow> getMedia() {
        return media;
    }

    public void setMedia(List<MediumRow> media) {
        this.media = media;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public ExemptionKind getExemptionKind() {
        return exemptionKind;
    }

    public void setExemptionKind(ExemptionKind exemptionKind) {
        this.exemptionKind = exemptionKind;
    }

    public String getExemptionReason() {
        return exemptionReason;
    }

    public void setExemptionReason(String exemptionReason) {
        this.exemptionReason = exemptionReason;
    }

}
