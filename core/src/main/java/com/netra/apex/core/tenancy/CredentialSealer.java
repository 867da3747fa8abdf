package com.netra.apex.core.tenancy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts tenants' own provider keys at rest with AES-256-GCM. The tenant and provider are bound in as
 * associated data, so a sealed value copied to another tenant's row does not decrypt.
 */
public final class CredentialSealer {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String PURPOSE = "apex/tenant-credentials/v1";

    private final SecretKeySpec key;

    private CredentialSealer(byte[] aesKey) {
        this.key = new SecretKeySpec(aesKey, "AES");
    }

    /** Derives the sealing key from the operator's root secret (the key-hashing secret), one key per purpose. */
    public static CredentialSealer fromRootSecret(byte[] rootSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(rootSecret, "HmacSHA256"));
            return new CredentialSealer(mac.doFinal(PURPOSE.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String seal(String plaintext, String tenantId, String provider) {
        byte[] iv = new byte[IV_BYTES];
        new SecureRandom().nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, tenantId, provider);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing a credential failed", e);
        }
    }

    /** The plaintext; throws if the value was tampered with or belongs to another tenant or provider. */
    public String open(String sealed, String tenantId, String provider) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        byte[] iv = java.util.Arrays.copyOfRange(bytes, 0, IV_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, tenantId, provider);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored credential of tenant " + tenantId + " for " + provider
                    + " could not be decrypted (tampered, or sealed under another root secret)", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String tenantId, String provider) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD((tenantId + "\n" + provider).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
