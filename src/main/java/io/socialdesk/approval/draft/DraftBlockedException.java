package io.socialdesk.approval.draft;

import io.socialdesk.chat.Texts;
import java.util.List;
import java.util.stream.Stream;

/** A policy with {@code block-on-check-failures} refuses a draft; the refusal names every check it failed. */
final class DraftBlockedException extends DraftRefusedException {

    private final transient List<NetworkCheck> failedChecks;
    private final transient List<GuidelineCheck.Finding> findings;

    DraftBlockedException(String policyId, List<NetworkCheck> failedChecks, List<GuidelineCheck.Finding> findings) {
        super("draft.error.blocked", policyId);
        this.failedChecks = List.copyOf(failedChecks);
        this.findings = List.copyOf(findings);
    }

    @Override
    public String message(Texts texts) {
        String reasons = String.join(
                "\n",
                Stream.concat(
                                failedChecks.stream().map(check -> CheckTexts.check(texts, check)),
                                findings.stream().map(finding -> CheckTexts.finding(texts, finding)))
                        .toList());
        return super.message(texts) + "\n" + reasons;
    }
}
