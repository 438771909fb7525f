package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.Cursor;
import dev.tablesmith.runtime.InvalidCursorException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes a query's LastEvaluatedKey as an opaque, URL-safe cursor bound to that query:
 * {@code version | query fingerprint (8 bytes) | HMAC-SHA256 (16 bytes) | key}. The HMAC covers
 * the whole fingerprint and the key, so an altered cursor or one replayed against another query
 * is refused. With the default secret this detects tampering and misuse; a secret of the
 * application's own makes cursors unforgeable by clients.
 */
public final class CursorCodec {
    private static final byte VERSION = 1;
    private static final int FINGERPRINT_BYTES = 8;
    private static final int MAC_BYTES = 16;
    private static final int HEADER = 1 + FINGERPRINT_BYTES + MAC_BYTES;

    private final SecretKeySpec secret;
    // Set up on first use (not with the table: a JCA provider lookup costs milliseconds in a
    // fresh JVM) and never updated: each use works on a clone, which skips the lookup and the
    // key schedule. Cloning only reads them, so threads share them; two threads racing to set
    // one up both make a correct one.
    private volatile Mac macPrototype;
    private volatile MessageDigest digestPrototype;

    /**
     * @param secret the HMAC key (at least one byte)
     */
    public CursorCodec(byte[] secret) {
        this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /**
     * @param fingerprint the query's fingerprint ({@link QueryOperation#fingerprint})
     * @param lastKey DynamoDB's LastEvaluatedKey
     * @return the cursor
     */
    public Cursor encode(byte[] fingerprint, Map<String, AttributeValue> lastKey) {
        byte[] key = serialize(lastKey);
        byte[] token = new byte[HEADER + key.length];
        token[0] = VERSION;
        System.arraycopy(fingerprint, 0, token, 1, FINGERPRINT_BYTES);
        System.arraycopy(mac(fingerprint, key), 0, token, 1 + FINGERPRINT_BYTES, MAC_BYTES);
        System.arraycopy(key, 0, token, HEADER, key.length);
        return Cursor.of(Base64.getUrlEncoder().withoutPadding().encodeToString(token));
    }

    /**
     * @param fingerprint the fingerprint of the query the cursor is used with
     * @param cursor the cursor
     * @return the ExclusiveStartKey
     * @throws InvalidCursorException when the cursor is malformed, altered or from another query
     */
    public Map<String, AttributeValue> decode(byte[] fingerprint, Cursor cursor) {
        byte[] token;
        try {
            token = Base64.getUrlDecoder().decode(cursor.token());
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("cursor is not a tablesmith cursor (bad encoding)");
        }
        if (token.length <= HEADER || token[0] != VERSION) {
            throw new InvalidCursorException("cursor is not a tablesmith cursor (bad header)");
        }
        if (!MessageDigest.isEqual(Arrays.copyOfRange(token, 1, 1 + FINGERPRINT_BYTES),
                Arrays.copyOf(fingerprint, FINGERPRINT_BYTES))) {
            throw new InvalidCursorException("cursor belongs to another query (a different"
                    + " access pattern, index, partition, range, filter or order)");
        }
        byte[] key = Arrays.copyOfRange(token, HEADER, token.length);
        byte[] expected = Arrays.copyOf(mac(fingerprint, key), MAC_BYTES);
        byte[] actual = Arrays.copyOfRange(token, 1 + FINGERPRINT_BYTES, HEADER);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new InvalidCursorException("cursor was altered (its signature does not match)");
        }
        return deserialize(key);
    }

    /**
     * @param text the canonical description of a query
     * @return its SHA-256
     */
    public byte[] sha256(String text) {
        MessageDigest prototype = digestPrototype;
        if (prototype == null) {
            prototype = fresh(() -> MessageDigest.getInstance("SHA-256"));
            digestPrototype = prototype;
        }
        MessageDigest digest;
        try {
            digest = (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            digest = fresh(() -> MessageDigest.getInstance("SHA-256"));
        }
        return digest.digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(byte[] fingerprint, byte[] key) {
        Mac prototype = macPrototype;
        if (prototype == null) {
            prototype = fresh(this::newMac);
            macPrototype = prototype;
        }
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            mac = fresh(this::newMac);
        }
        mac.update(fingerprint);
        return Arrays.copyOf(mac.doFinal(key), MAC_BYTES);
    }

    private Mac newMac() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(secret);
        return mac;
    }

    /** How a provider that cannot clone makes a new instance. */
    private interface Factory<T> {
        T make() throws GeneralSecurityException;
    }

    private static <T> T fresh(Factory<T> factory) {
        try {
            return factory.make();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 or SHA-256 is missing from this JVM", e);
        }
    }

    private static byte[] serialize(Map<String, AttributeValue> key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Map<String, AttributeValue> sorted = new TreeMap<>(key);
            out.writeByte(sorted.size());
            for (Map.Entry<String, AttributeValue> entry : sorted.entrySet()) {
                out.writeUTF(entry.getKey());
                AttributeValue value = entry.getValue();
                switch (value.type()) {
                    case S -> out.writeUTF("S" + value.s());
                    case N -> out.writeUTF("N" + value.n());
                    case B -> {
                        out.writeUTF("B");
                        byte[] b = value.b().asByteArrayUnsafe();
                        out.writeShort(b.length);
                        out.write(b);
                    }
                    default -> throw new IllegalStateException(
                            "key attribute of type " + value.type());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen: in-memory stream", e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, AttributeValue> deserialize(byte[] key) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(key))) {
            Map<String, AttributeValue> out = new TreeMap<>();
            int count = in.readUnsignedByte();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                String typed = in.readUTF();
                out.put(name, switch (typed.isEmpty() ? ' ' : typed.charAt(0)) {
                    case 'S' -> AttributeValue.createS(typed.substring(1));
                    case 'N' -> AttributeValue.createN(typed.substring(1));
                    case 'B' -> AttributeValue.createB(
                            SdkBytes.fromByteArray(in.readNBytes(in.readUnsignedShort())));
                    default -> throw new IOException("bad type");
                });
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return out;
        } catch (IOException e) {
            throw new InvalidCursorException("cursor is not a tablesmith cursor (bad key)");
        }
    }
}
