package org.safeguarding.post.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.safeguarding.kernel.api.post.Visibility;

/**
 * What the propose-an-account page sends, kept as typed. It becomes the API's
 * {@link AccountRequests.Proposal}, and the same rules check both.
 */
class ProposalForm {

    private String platform;

    private String handle;

    private String aim;

    private String audience;

    private String promotion;

    private Visibility visibility;

    private List<String> runBy = new ArrayList<>();

    private String allowedMentions;

    AccountRequests.Proposal toRequest() {
        return new AccountRequests.Proposal(strip(platform), strip(handle), strip(aim), strip(audience),
                strip(promotion), visibility, List.copyOf(runBy), mentions());
    }

    /**
     * The form field that shows a field of the request: the people and the mentions each
     * have one field for the whole list.
     */
    static String fieldOnForm(String requestField) {
        return requestField.replaceFirst("\\[\\d+]$", "");
    }

    /**
     * The field a refusal of the proposal is about; null for the business case as a
     * whole.
     */
    static String fieldOf(String violationCode) {
        return switch (violationCode) {
            case "TWO_NAMED_STAFF_REQUIRED", "UNKNOWN_PERSON" -> "runBy";
            default -> null;
        };
    }

    /** Handles typed with spaces or commas between them. */
    private List<String> mentions() {
        return allowedMentions == null ? List.of()
                : Arrays.stream(allowedMentions.split("[\\s,]+")).filter(handle -> !handle.isEmpty()).toList();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public String getAim() {
        return aim;
    }

    public void setAim(String aim) {
        this.aim = aim;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getPromotion() {
        return promotion;
    }

    public void setPromotion(String promotion) {
        this.promotion = promotion;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public List<String> getRunBy() {
        return runBy;
    }

    public void setRunBy(List<String> runBy) {
        this.runBy = runBy == null ? new ArrayList<>() : runBy;
    }

    public String getAllowedMentions() {
        return allowedMentions;
    }

    public void setAllowedMentions(String allowedMentions) {
        this.allowedMentions = allowedMentions;
    }

}
