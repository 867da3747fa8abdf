package com.netra.apex.core.usage;

import java.time.Instant;
import java.util.List;

/** Durable storage for usage records (DynamoDB in both deployment shapes). */
public interface UsageStore {

    /** Stores every record; storing the same request id twice keeps one record (retries are safe). */
    void putAll(List<UsageRecord> records);

    /** One tenant's records received in [from, to). Never returns another tenant's records. */
    List<UsageRecord> query(String tenantId, Instant from, Instant to);
}
