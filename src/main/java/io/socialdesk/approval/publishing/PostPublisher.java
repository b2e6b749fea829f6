package io.socialdesk.approval.publishing;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.Network;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Takes one approved draft out to one network. */
interface PostPublisher {

    ApprovalProperties.Publisher kind();

    /** Publishes, or says why not yet or not at all. Never throws for a failure on the other side. */
    Publication publish(Draft draft, Network network);

    /** What came of one attempt. */
    record Publication(Result result, @Nullable String externalId, String detail, @Nullable Duration retryAfter) {

        enum Result {
            DONE,
            RETRY,
            FAILED
        }

        static Publication done(@Nullable String externalId) {
            return new Publication(Result.DONE, externalId, "", null);
        }

        static Publication retry(String detail, @Nullable Duration retryAfter) {
            return new Publication(Result.RETRY, null, detail, retryAfter);
        }

        static Publication failed(String detail) {
            return new Publication(Result.FAILED, null, detail, null);
        }
    }
}
