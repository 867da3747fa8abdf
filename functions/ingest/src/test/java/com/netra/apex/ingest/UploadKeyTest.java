package com.netra.apex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadKeyTest {

    @Test
    void theTenantAndNameComeFromTheKeyAndNameTheReport() {
        UploadKey upload = UploadKey.parse("uploads/tenant=acme/2026/10/logs.jsonl.gz").orElseThrow();

        assertThat(upload.tenantId()).isEqualTo("acme");
        assertThat(upload.key()).isEqualTo("uploads/tenant=acme/2026/10/logs.jsonl.gz");
        assertThat(upload.reportKey()).isEqualTo("reports/tenant=acme/2026/10/logs.jsonl.gz.json");
    }

    @Test
    void anythingElseIsNotATenantsUpload() {
        assertThat(UploadKey.parse("uploads/tenant=../x/a.jsonl")).isEmpty();
        assertThat(UploadKey.parse("uploads/tenant=acme/../globex/a.jsonl")).isEmpty();
        assertThat(UploadKey.parse("uploads/tenant=acme/")).isEmpty();
        assertThat(UploadKey.parse("uploads/acme/a.jsonl")).isEmpty();
        assertThat(UploadKey.parse("reports/tenant=acme/a.jsonl")).isEmpty();
        assertThat(UploadKey.parse("uploads/tenant=/a.jsonl")).isEmpty();
    }
}
