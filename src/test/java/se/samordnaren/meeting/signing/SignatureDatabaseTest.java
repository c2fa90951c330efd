package se.samordnaren.meeting.signing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.samordnaren.meeting.SignatureMethod;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.MINUTES_SIGNATURE;

/**
 * The database's last line for signatures (022, 025): append-only, own signature only, one per content. The refusals
 * reach users as the Swedish messages of SigningRefusals (a change to a signature reads as the approval lock).
 */
class SignatureDatabaseTest extends DatabaseTest {

    private static final String HASH = "a".repeat(64);

    @Autowired
    PasswordEncoder encoder;

    SigningFixture f;

    @BeforeEach
    void heldMinutes() {
        f = new SigningFixture(data, encoder);
    }

    private long insert(long personId, Long userId, String hash) {
        return db.insertInto(MINUTES_SIGNATURE)
                .set(MINUTES_SIGNATURE.MEETING_ID, f.meeting)
                .set(MINUTES_SIGNATURE.SIGNER_NAME, "Anna")
                .set(MINUTES_SIGNATURE.PERSON_ID, personId)
                .set(MINUTES_SIGNATURE.SIGNED_AT, OffsetDateTime.now())
                .set(MINUTES_SIGNATURE.METHOD, SignatureMethod.PASSWORD)
                .set(MINUTES_SIGNATURE.CONTENT_SHA256, hash)
                .set(MINUTES_SIGNATURE.SIGNED_BY_USER_ID, userId)
                .returning(MINUTES_SIGNATURE.ID).fetchSingle(MINUTES_SIGNATURE.ID);
    }

    @Test
    void a_signature_cannot_be_updated_or_deleted() {
        long id = insert(f.chair, f.chairUser, HASH);
        // Minutes not yet approved: only the append-only trigger stands in the way (SQLSTATE SN001).
        assertThatThrownBy(() -> db.update(MINUTES_SIGNATURE).set(MINUTES_SIGNATURE.SIGNER_NAME, "Någon annan")
                .where(MINUTES_SIGNATURE.ID.eq(id)).execute()).hasMessageContaining("meeting.error.locked");
        assertThatThrownBy(() -> db.deleteFrom(MINUTES_SIGNATURE).where(MINUTES_SIGNATURE.ID.eq(id)).execute())
                .hasMessageContaining("meeting.error.locked");
        assertThat(db.fetchValues(MINUTES_SIGNATURE.SIGNER_NAME)).containsExactly("Anna");
    }

    @Test
    void an_account_cannot_sign_for_another_person() {
        assertThatThrownBy(() -> insert(f.approver, f.chairUser, HASH))
                .hasMessageContaining("signing.error.ownSignature");
        assertThat(db.fetchCount(MINUTES_SIGNATURE)).isZero();
    }

    @Test
    void the_same_person_cannot_sign_the_same_content_twice_but_new_content_again() {
        insert(f.chair, f.chairUser, HASH);
        assertThatThrownBy(() -> insert(f.chair, f.chairUser, HASH)).hasMessageContaining("signing.error.signedTwice");
        insert(f.chair, f.chairUser, "b".repeat(64));
        assertThat(db.fetchCount(MINUTES_SIGNATURE)).isEqualTo(2);
    }

    @Test
    void a_password_signature_needs_its_user_and_hash() {
        assertThatThrownBy(() -> insert(f.chair, null, HASH)).hasMessageContaining("signing.error.incomplete");
    }
}
