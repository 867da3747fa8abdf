package com.netra.apex.ingest;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Brings a busy tenant's upload back soon: its message's visibility is cut from the queue's 90 minutes (sized
 * for a running ingestion) to about {@link #DELAY}, with jitter so uploads waiting on one tenant spread out.
 */
public final class RequeueSoon {

    /** About what one ingestion of a typical upload takes, so the lease is likely free by then. */
    static final Duration DELAY = Duration.ofSeconds(90);
    static final Duration JITTER = Duration.ofSeconds(30);

    private final SqsClient sqs;
    private final String queueUrl;

    public RequeueSoon(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    /**
     * Makes the message visible again in {@link #DELAY} ± {@link #JITTER}. False when SQS refused: the message
     * then waits out the full visibility timeout, which is slow but loses nothing.
     */
    public boolean soon(String receiptHandle) {
        int seconds = (int) (DELAY.toSeconds()
                + ThreadLocalRandom.current().nextLong(-JITTER.toSeconds(), JITTER.toSeconds() + 1));
        try {
            sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(receiptHandle).visibilityTimeout(seconds));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }
}
