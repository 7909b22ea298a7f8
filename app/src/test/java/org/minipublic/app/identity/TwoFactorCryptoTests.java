package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minipublic.app.shared.UserId;
import org.minipublic.app.support.TotpCodes;

/**
 * The building blocks of two-factor sign-in without Spring: TOTP against the test vectors of RFC 6238 (appendix B),
 * the clock tolerance, Base32 against RFC 4648, backup codes, and the sealing of secrets under the server key.
 */
class TwoFactorCryptoTests {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0} s: {1} (SHA-1), {2} (SHA-256), {3} (SHA-512)")
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void codesMatchTheTestVectorsOfRfc6238(long seconds, String sha1, String sha256, String sha512) {
        var time = Instant.ofEpochSecond(seconds);
        assertThat(code(new Totp(Duration.ofSeconds(30), 8, "HmacSHA1"), SHA1_KEY, time))
                .isEqualTo(sha1);
        assertThat(code(new Totp(Duration.ofSeconds(30), 8, "HmacSHA256"), SHA256_KEY, time))
                .isEqualTo(sha256);
        assertThat(code(new Totp(Duration.ofSeconds(30), 8, "HmacSHA512"), SHA512_KEY, time))
                .isEqualTo(sha512);
    }

    @Test
    void theStandardSixDigitCodeAgreesWithAnIndependentComputation() {
        var totp = Totp.STANDARD;
        long step = totp.stepAt(Instant.ofEpochSecond(1234567890));
        assertThat(totp.code(SHA1_KEY, step)).isEqualTo("005924").isEqualTo(TotpCodes.code(SHA1_KEY, step));
    }

    @Test
    void aCodeOneStepEitherSideIsAcceptedAndTwoStepsAwayIsNot() {
        var now = Instant.ofEpochSecond(1_700_000_015);
        long step = Totp.STANDARD.stepAt(now);
        for (long offset = -1; offset <= 1; offset++) {
            assertThat(Totp.STANDARD.matchingStep(SHA1_KEY, Totp.STANDARD.code(SHA1_KEY, step + offset), now))
                    .hasValue(step + offset);
        }
        assertThat(Totp.STANDARD.matchingStep(SHA1_KEY, Totp.STANDARD.code(SHA1_KEY, step - 2), now))
                .isEmpty();
        assertThat(Totp.STANDARD.matchingStep(SHA1_KEY, Totp.STANDARD.code(SHA1_KEY, step + 2), now))
                .isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is \"{1}\" in Base32")
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32MatchesTheTestVectorsOfRfc4648WithoutPadding(String text, String encoded) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(TotpCodes.decode(encoded)).isEqualTo(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void backupCodesAreTenDistinctWellFormedCodesThatMayBeTypedLoosely() {
        var codes = BackupCodes.generate();
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(new HashSet<>(codes)).hasSize(10);
        String code = codes.get(0);
        assertThat(BackupCodes.normalise(" " + code.toUpperCase() + " ")).isEqualTo(code.replace("-", ""));
        assertThat(BackupCodes.wellFormed(BackupCodes.normalise(code))).isTrue();
        assertThat(BackupCodes.wellFormed("abcde01234"))
                .as("0 and 1 are never used")
                .isFalse();
        assertThat(BackupCodes.wellFormed("123456")).isFalse();
    }

    @Test
    void aSealedSecretOpensOnlyForItsUserAndWithItsKey() {
        byte[] master = new byte[32];
        var key = new TwoFactorKey(master);
        var user = UserId.random();
        byte[] sealed = key.encrypt(user, SHA1_KEY);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("1234567890");
        assertThat(key.decrypt(user, sealed)).isEqualTo(SHA1_KEY);
        assertThatThrownBy(() -> key.decrypt(UserId.random(), sealed)).isInstanceOf(IllegalStateException.class);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> new TwoFactorKey(other).decrypt(user, sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void backupCodeHashesDependOnTheUserAndTheKey() {
        var key = new TwoFactorKey(new byte[32]);
        var user = UserId.random();
        String hash = key.backupCodeHash(user, "abcdefghjk");
        assertThat(hash).hasSize(64).isEqualTo(key.backupCodeHash(user, "abcdefghjk"));
        assertThat(key.backupCodeHash(UserId.random(), "abcdefghjk")).isNotEqualTo(hash);
        byte[] other = new byte[32];
        other[31] = 7;
        assertThat(new TwoFactorKey(other).backupCodeHash(user, "abcdefghjk")).isNotEqualTo(hash);
    }

    @Test
    void aConfiguredKeyMustBe32BytesOfBase64() {
        assertThatThrownBy(() -> KeyFile.decode("c2hvcnQ=")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> KeyFile.decode("not base64 !")).hasMessageContaining("not Base64");
        assertThat(KeyFile.decode("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))
                .hasSize(32);
    }

    @Test
    void theKeyFileIsMadeOnceAndOnlyItsOwnerMayReadIt(@TempDir Path dataDir) throws Exception {
        byte[] first = KeyFile.loadOrGenerate(dataDir);
        assertThat(KeyFile.loadOrGenerate(dataDir)).hasSize(32).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(KeyFile.FILE_NAME))))
                .isEqualTo("rw-------");
    }

    private static String code(Totp totp, byte[] key, Instant time) {
        return totp.code(key, totp.stepAt(time));
    }
}
