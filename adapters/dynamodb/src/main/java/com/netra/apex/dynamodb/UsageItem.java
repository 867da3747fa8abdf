package com.netra.apex.dynamodb;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.usage.UsageRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbConvertedBy;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * One item of the usage table; public and mutable only because the bean mapper requires it.
 * Key: {@code pk = tenantId#yyyy-MM-dd} (UTC day received), {@code sk = receivedAt#requestId}.
 */
@DynamoDbBean
public class UsageItem {

    private String pk;
    private String sk;
    private String requestId;
    private String tenantId;
    private String keyId;
    private String receivedAt;
    private String endpoint;
    private String provider;
    private String requestedModel;
    private String servedModel;
    private boolean streamed;
    private long inputTokens;
    private long cachedInputTokens;
    private long cacheWriteTokens;
    private long outputTokens;
    private BigDecimal costUsd;
    private String priceVersion;
    private int status;
    private String outcome;
    private long latencyMillis;
    private long firstTokenMillis;
    private String cacheStatus;

    /** The partition holding one tenant's records of one UTC day. */
    static String partitionKey(String tenantId, LocalDate utcDay) {
        // The day has a fixed width, so distinct (tenant, day) pairs never share a partition key,
        // even if a tenant id contained '#'.
        return tenantId + "#" + utcDay;
    }

    static String sortKey(Instant receivedAt, String requestId) {
        return IsoInstants.format(receivedAt) + "#" + requestId;
    }

    static UsageItem from(UsageRecord r) {
        UsageItem i = new UsageItem();
        i.pk = partitionKey(r.tenantId(), IsoInstants.utcDay(r.receivedAt()));
        i.sk = sortKey(r.receivedAt(), r.requestId());
        i.requestId = r.requestId();
        i.tenantId = r.tenantId();
        i.keyId = r.keyId();
        i.receivedAt = IsoInstants.format(r.receivedAt());
        i.endpoint = r.endpoint();
        i.provider = r.provider();
        i.requestedModel = r.requestedModel();
        i.servedModel = r.servedModel();
        i.streamed = r.streamed();
        i.copyTokens(r.tokens());
        i.costUsd = r.cost().amount().map(Money::usd).orElse(null);
        i.priceVersion = r.cost().priceVersion();
        i.status = r.status();
        i.outcome = r.outcome();
        i.latencyMillis = r.latencyMillis();
        i.firstTokenMillis = r.firstTokenMillis();
        i.cacheStatus = r.cacheStatus();
        return i;
    }

    private void copyTokens(TokenUsage t) {
        inputTokens = t.input();
        cachedInputTokens = t.cachedInput();
        cacheWriteTokens = t.cacheWrite();
        outputTokens = t.output();
    }

    UsageRecord toRecord() {
        TokenUsage tokens = new TokenUsage(inputTokens, cachedInputTokens, cacheWriteTokens, outputTokens);
        // An absent cost means the request could not be priced; it must never read back as zero.
        Cost cost = costUsd == null ? Cost.unpriced() : Cost.of(new Money(costUsd), priceVersion);
        return new UsageRecord(requestId, tenantId, keyId, IsoInstants.parse(receivedAt), endpoint, provider,
                requestedModel, servedModel, streamed, tokens, cost, status, outcome, latencyMillis,
                firstTokenMillis, cacheStatus);
    }

    /** The item's primary key as one string, for spotting duplicates within a batch. */
    String primaryKey() {
        return pk + "\n" + sk;
    }

    @DynamoDbPartitionKey
    public String getPk() { return pk; }
    public void setPk(String v) { pk = v; }

    @DynamoDbSortKey
    public String getSk() { return sk; }
    public void setSk(String v) { sk = v; }

    @DynamoDbConvertedBy(PlainDecimalConverter.class)
    public BigDecimal getCostUsd() { return costUsd; }
    public void setCostUsd(BigDecimal v) { costUsd = v; }

    public String getRequestId() { return requestId; }
    public void setRequestId(String v) { requestId = v; }
    public String getTenantId() { return tenantId; }
    public void setTenantId(String v) { tenantId = v; }
    public String getKeyId() { return keyId; }
    public void setKeyId(String v) { keyId = v; }
    public String getReceivedAt() { return receivedAt; }
    public void setReceivedAt(String v) { receivedAt = v; }
    public String getEndpoint() { return endpoint; }
    public void setEndpoint(String v) { endpoint = v; }
    public String getProvider() { return provider; }
    public void setProvider(String v) { provider = v; }
    public String getRequestedModel() { return requestedModel; }
    public void setRequestedModel(String v) { requestedModel = v; }
    public String getServedModel() { return servedModel; }
    public void setServedModel(String v) { servedModel = v; }
    public boolean isStreamed() { return streamed; }
    public void setStreamed(boolean v) { streamed = v; }
    public long getInputTokens() { return inputTokens; }
    public void setInputTokens(long v) { inputTokens = v; }
    public long getCachedInputTokens() { return cachedInputTokens; }
    public void setCachedInputTokens(long v) { cachedInputTokens = v; }
    public long getCacheWriteTokens() { return cacheWriteTokens; }
    public void setCacheWriteTokens(long v) { cacheWriteTokens = v; }
    public long getOutputTokens() { return outputTokens; }
    public void setOutputTokens(long v) { outputTokens = v; }
    public String getPriceVersion() { return priceVersion; }
    public void setPriceVersion(String v) { priceVersion = v; }
    public int getStatus() { return status; }
    public void setStatus(int v) { status = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public long getLatencyMillis() { return latencyMillis; }
    public void setLatencyMillis(long v) { latencyMillis = v; }
    public long getFirstTokenMillis() { return firstTokenMillis; }
    public void setFirstTokenMillis(long v) { firstTokenMillis = v; }
    public String getCacheStatus() { return cacheStatus; }
    public void setCacheStatus(String v) { cacheStatus = v; }
}
