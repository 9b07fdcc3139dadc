package org.safeguarding.post.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.safeguarding.kernel.api.post.Exemption;
import org.safeguarding.kernel.api.post.Location;
import org.safeguarding.kernel.api.post.Medium;
import org.safeguarding.kernel.api.post.PostContent;
import org.safeguarding.kernel.api.post.PupilConsent;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.post.policy.SchoolPolicy.OffsitePosting;

/**
 * The posting policies as one pure function: given a post, its author, the account, the
 * consent register and the moment, the rules it breaks. Messages name pupils by register
 * ref and initials only, never by name.
 */
public final class PostingPolicy {

    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9_@.])@([A-Za-z0-9_]{1,50})");

    private final PostingWindow window;

    private final WorkingCalendar calendar;

    private final int maxLength;

    private final OffsitePosting offsitePosting;

    private final Predicate<String> seniorTeacher;

    public PostingPolicy(PostingWindow window, WorkingCalendar calendar, int maxLength) {
        this(window, calendar, maxLength, OffsitePosting.NEVER, username -> false);
    }

    /**
     * @param seniorTeacher whether a username is a senior teacher, who may run the
     * account during a trip where the school's policy allows it
     */
    public PostingPolicy(PostingWindow window, WorkingCalendar calendar, int maxLength, OffsitePosting offsitePosting,
            Predicate<String> seniorTeacher) {
        this.window = window;
        this.calendar = calendar;
        this.maxLength = maxLength;
        this.offsitePosting = offsitePosting;
        this.seniorTeacher = seniorTeacher;
    }

    /**
     * Every rule the post breaks at {@code at}; an unknown account ({@code null}) is not
     * active.
     */
    public List<Violation> check(PostContent content, String author, AccountStanding account,
            List<PupilConsent> register, Instant at) {
        List<Violation> found = new ArrayList<>();
        String text = content.text() == null ? "" : content.text();
        checkLength(text, found);
        checkNames(content, register, found);
        checkMedia(content.media(), register, at.atZone(WorkingCalendar.SCHOOL_ZONE).toLocalDate(), found);
        checkMentions(text, account, found);
        checkWording(text, at, found);
        checkAccount(author, account, found);
        checkLocation(content.location(), author, found);
        checkPostingHours(content.exemption(), at, found);
        return List.copyOf(found);
    }

    /**
     * Every rule a public notice breaks: the audience is told why a comment was hidden,
     * deleted or its author blocked (002:214-216) in a post of the school's own, so it
     * names no pupil. Posting hours are not applied: abuse is handled swiftly (002:212),
     * at any hour, and the notice goes with the action.
     */
    public List<Violation> checkNotice(String text, List<PupilConsent> register) {
        List<Violation> found = new ArrayList<>();
        checkNames(new PostContent(text, List.of(), Location.ONSITE, null), register, found);
        return List.copyOf(found);
    }

    public boolean isWithinWindow(Instant at) {
        ZonedDateTime local = at.atZone(WorkingCalendar.SCHOOL_ZONE);
        return calendar.isWorkingDay(local.toLocalDate()) && window.contains(local.toLocalTime());
    }

    /**
     * Nothing is posted from where the children still are (000:58), unless the school
     * lets a senior teacher run the account during a trip (004:26).
     */
    private void checkLocation(Location location, String author, List<Violation> found) {
        if (location != Location.OFFSITE) {
            return;
        }
        if (offsitePosting == OffsitePosting.NEVER) {
            found.add(violation(PostingRule.OFFSITE_LOCATION,
                    "No post is made from an offsite location until the children have left it"));
        }
        else if (!seniorTeacher.test(author)) {
            found.add(violation(PostingRule.OFFSITE_LOCATION,
                    "Only a senior teacher posts from a trip; others post once the children have left"));
        }
    }

    private void checkPostingHours(Exemption exemption, Instant at, List<Violation> found) {
        if (exemption == null && !isWithinWindow(at)) {
            found.add(violation(PostingRule.OUTSIDE_POSTING_HOURS, "Posts go out " + window
                    + " on working days (Europe/London) unless exempted for a school event or urgent news"));
        }
    }

    private void checkLength(String text, List<Violation> found) {
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            found.add(violation(PostingRule.TEXT_TOO_LONG,
                    "The text is " + length + " characters long; the most is " + maxLength));
        }
    }

    /**
     * The text goes out, so every form of a name counts; captions describe the photos to
     * the approver and are not published, so a first name alone is allowed there.
     */
    private static void checkNames(PostContent content, List<PupilConsent> register, List<Violation> found) {
        String text = PlainLetters.of(content.text());
        List<String> captions = content.media().stream().map(Medium::caption).map(PlainLetters::of).toList();
        for (PupilConsent pupil : register) {
            PupilName name = PupilName.of(pupil.name());
            if (name.isNamedIn(text) || captions.stream().anyMatch(name::isNamedWithSurnameIn)) {
                found.add(violation(PostingRule.PUPIL_NAMED, "The post names pupil " + pupil.ref()
                        + "; children are never named: use initials (" + initials(pupil.name()) + ")"));
            }
        }
    }

    /**
     * Consent counts on {@code today}: written consent lapses when its academic year
     * ends.
     */
    private static void checkMedia(List<Medium> media, List<PupilConsent> register, LocalDate today,
            List<Violation> found) {
        Map<String, PupilConsent> byRef = register.stream()
            .collect(Collectors.toMap(PupilConsent::ref, Function.identity(), (first, second) -> first));
        for (int index = 0; index < media.size(); index++) {
            Medium medium = media.get(index);
            String which = "Photo " + (index + 1);
            Set<String> refs = new LinkedHashSet<>(medium.pupilRefs());
            for (String ref : refs) {
                PupilConsent pupil = byRef.get(ref);
                if (pupil == null || !pupil.consentsOn(today)) {
                    found
                        .add(violation(PostingRule.PUPIL_WITHOUT_CONSENT,
                                which + " shows pupil " + ref + (pupil == null ? ", who is not in the consent register"
                                        : pupil.hasLapsedOn(today)
                                                ? ", whose parents' written consent lapsed after "
                                                        + pupil.consentLapsesAfter() + "; ask for this year's form"
                                                : ", whose parents have not consented")));
                }
                if (pupil != null && pupil.noPhotoList()) {
                    found.add(violation(PostingRule.PUPIL_ON_NO_PHOTO_LIST,
                            which + " shows pupil " + ref + ", who is on the no-photo list"));
                }
            }
            if (medium.identifiable() && refs.isEmpty() && !medium.noPupilsShown()) {
                found.add(violation(PostingRule.PUPILS_NOT_IDENTIFIED, which
                        + " can be recognised: give the ref of every pupil in it, or mark it as showing no pupils"));
            }
            if (medium.identifiable() && refs.size() == 1) {
                found.add(violation(PostingRule.INDIVIDUAL_PUPIL_PHOTO,
                        which + " identifies a single child; show groups, or work, hands or the back of the head"));
            }
        }
    }

    /**
     * What the words of the post do: address one child, or announce a visit to come. A
     * child addressed by a registered name is already PUPIL_NAMED: the name goes, and
     * with it the address.
     */
    private static void checkWording(String text, Instant at, List<Violation> found) {
        String plain = PlainLetters.of(text);
        boolean named = found.stream().anyMatch(PostingRule.PUPIL_NAMED::isBrokenBy);
        IndividualTarget.in(plain)
            .filter(name -> !named)
            .ifPresent(name -> found.add(violation(PostingRule.INDIVIDUALLY_TARGETED,
                    "The post is addressed to one person; write to a class or year group instead (004:29)")));
        ForthcomingVisit.in(plain, at.atZone(WorkingCalendar.SCHOOL_ZONE).toLocalDate())
            .ifPresent(when -> found.add(violation(PostingRule.FORTHCOMING_VISIT, "The post announces a trip or visit"
                    + " still to come (\"" + when + "\"); share it once the children are back")));
    }

    private static void checkMentions(String text, AccountStanding account, List<Violation> found) {
        Set<String> allowed = account == null ? Set.of()
                : account.allowedMentions().stream().map(PostingPolicy::handleKey).collect(Collectors.toSet());
        Set<String> refused = new LinkedHashSet<>();
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            if (!allowed.contains(handleKey(mention.group(1)))) {
                refused.add("@" + mention.group(1));
            }
        }
        refused.forEach(handle -> found.add(violation(PostingRule.MENTION_NOT_ALLOWED,
                handle + " is not one of the educational accounts this account may mention")));
    }

    private static void checkAccount(String author, AccountStanding account, List<Violation> found) {
        if (account == null || account.status() != AccountStatus.ACTIVE) {
            found.add(violation(PostingRule.ACCOUNT_NOT_ACTIVE,
                    account == null ? "The account is not in the register of official channels"
                            : "The account is " + account.status() + "; only an active account takes posts"));
        }
        if (account != null && !account.isPoster(author)) {
            found.add(violation(PostingRule.AUTHOR_NOT_APPROVED_POSTER,
                    author + " is not an approved poster of " + account.handle()));
        }
        if (account != null && account.passwordRotationOverdue()) {
            found.add(violation(PostingRule.PASSWORD_ROTATION_OVERDUE, "The termly password change of "
                    + account.handle() + " is overdue; nothing goes out until it is recorded"));
        }
    }

    private static String initials(String name) {
        return Arrays.stream(name.trim().split("[\\s-]+"))
            .filter(part -> !part.isEmpty())
            .map(part -> part.substring(0, 1).toUpperCase(Locale.ROOT))
            .collect(Collectors.joining());
    }

    private static String handleKey(String handle) {
        return handle.trim().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
    }

    private static Violation violation(PostingRule rule, String message) {
        return new Violation(rule.name(), message);
    }

}
