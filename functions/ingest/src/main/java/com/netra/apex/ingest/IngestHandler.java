package com.netra.apex.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ingest Lambda: S3 upload notifications arrive through SQS; each upload is ingested, and a message whose
 * upload failed or found its tenant busy is reported back as a batch item failure, so SQS retries only that one
 * (and after enough attempts moves it to the dead-letter queue). A busy tenant's message comes back in a minute
 * or two rather than after the queue's whole visibility timeout.
 */
public final class IngestHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final UploadIngestion ingestion;
    private final RequeueSoon requeue;
    private final IngestMetrics metrics;

    /** Lambda's constructor: wired from the environment once per execution environment. */
    public IngestHandler() {
        this(IngestWiring.fromEnvironment(System.getenv()), IngestWiring.requeueFromEnvironment(System.getenv()),
                IngestMetrics.standard());
    }

    IngestHandler(UploadIngestion ingestion, RequeueSoon requeue, IngestMetrics metrics) {
        this.ingestion = ingestion;
        this.requeue = requeue;
        this.metrics = metrics;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            if (!handled(message, context)) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** True when the message is done with (ingested or ignorable); false to have SQS deliver it again. */
    private boolean handled(SQSEvent.SQSMessage message, Context context) {
        List<String> keys;
        try {
            keys = S3Notifications.createdKeys(message.getBody(), ingestion.bucket());
        } catch (IOException | RuntimeException e) {
            log(context, message.getMessageId() + " is not an S3 notification we can read: " + e);
            return false;
        }
        for (String key : keys) {
            long started = System.nanoTime();
            UploadIngestion.Result result;
            try {
                result = ingestion.ingest(key);
            } catch (IOException | RuntimeException e) {
                log(context, message.getMessageId() + " " + key + " failed: " + e);
                metrics.failed(key);
                return false;
            }
            metrics.record(key, result, (System.nanoTime() - started) / 1_000_000);
            log(context, message.getMessageId() + " " + key + ": " + result.outcome() + describe(result));
            if (result.outcome() == UploadIngestion.Outcome.BUSY) {
                // Otherwise the message would sleep out the whole visibility timeout (90 minutes).
                if (!requeue.soon(message.getReceiptHandle())) {
                    log(context, message.getMessageId() + ": could not shorten its visibility; retried after the full timeout");
                }
                return false;
            }
        }
        return true;
    }

    private static String describe(UploadIngestion.Result result) {
        if (result.ingested() == null) {
            return "";
        }
        return " rows=" + result.ingested().read().rows() + " skipped=" + result.ingested().read().skipped()
                + " stored=" + result.ingested().stored() + " report=" + result.reportKey();
    }

    private static void log(Context context, String line) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line + "\n");
        } else {
            System.out.println(line);
        }
    }
}
