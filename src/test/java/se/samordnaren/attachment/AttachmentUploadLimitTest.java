package se.samordnaren.attachment;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's own size check of an upload body whose length was not declared (the declared length is refused
 * before reading; the browser journey in SecurityJourneyIT sends a real 30 MB file with the browser's limit removed).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AttachmentUploadLimitTest {

    @Test
    void a_body_up_to_the_limit_is_read_whole() throws Exception {
        byte[] content = new byte[1000];
        assertThat(AttachmentUpload.readAtMost(new ByteArrayInputStream(content), 1000)).hasValueSatisfying(
                bytes -> assertThat(bytes).hasSize(1000));
    }

    @Test
    void a_longer_body_is_refused_after_reading_one_buffer_past_the_limit_not_all_of_it() throws Exception {
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                read.addAndGet(length);
                return length;
            }
        };
        assertThat(AttachmentUpload.readAtMost(endless, AttachmentService.MAX_BYTES)).isEmpty();
        assertThat(read.get()).isLessThanOrEqualTo(AttachmentService.MAX_BYTES + 64 * 1024);
    }
}
