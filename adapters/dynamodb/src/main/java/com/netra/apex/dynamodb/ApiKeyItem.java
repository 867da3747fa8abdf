package com.netra.apex.dynamodb;

import com.netra.apex.core.tenancy.ApiKeyRecord;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/** One item of the API key table; public and mutable only because the bean mapper requires it. */
@DynamoDbBean
public class ApiKeyItem {

    private String keyId;
    private String tenantId;
    private String name;
    private String secretHash;
    private String createdAt;
    private String revokedAt;

    static ApiKeyItem from(ApiKeyRecord r) {
        ApiKeyItem item = new ApiKeyItem();
        item.keyId = r.keyId();
        item.tenantId = r.tenantId();
        item.name = r.name();
        item.secretHash = r.secretHash();
        item.createdAt = IsoInstants.format(r.createdAt());
        item.revokedAt = IsoInstants.format(r.revokedAt());
        return item;
    }

    ApiKeyRecord toRecord() {
        return new ApiKeyRecord(keyId, tenantId, name, secretHash, IsoInstants.parse(createdAt),
                IsoInstants.parse(revokedAt));
    }

    @DynamoDbPartitionKey
    public String getKeyId() {
        return keyId;
    }

    public void setKeyId(String keyId) {
        this.keyId = keyId;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = ApexTables.BY_TENANT)
    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public void setSecretHash(String secretHash) {
        this.secretHash = secretHash;
    }

    @DynamoDbSecondarySortKey(indexNames = ApexTables.BY_TENANT)
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    public String getRevokedAt() {
        return revokedAt;
    }

    public void setRevokedAt(String revokedAt) {
        this.revokedAt = revokedAt;
    }
}
