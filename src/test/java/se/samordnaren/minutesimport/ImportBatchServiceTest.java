package se.samordnaren.minutesimport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.MEETING;

class ImportBatchServiceTest extends DatabaseTest {

    @Autowired
    ImportBatchService batches;

    @Autowired
    MinutesImportService imports;

    @BeforeEach
    void register() {
        ImportFixture fixture = new ImportFixture(db);
        fixture.board();
        fixture.workingCommittee();
        fixture.user("batcher", Role.SEKRETERARE);
    }

    private static ImportBatchService.UploadedFile file(String name) {
        return new ImportBatchService.UploadedFile(name, ImportFixture.corpus(name));
    }

    private List<ImportBatches.FileRow> waitUntilRead(long batchId) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            List<ImportBatches.FileRow> files = batches.files(batchId);
            if (files.stream().noneMatch(f -> f.status() == ImportFileStatus.WAITING)) {
                return files;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the batch was not read within 30 seconds");
    }

    @Test
    @WithMockUser(username = "batcher", roles = "SEKRETERARE")
    void a_batch_is_read_in_the_background_and_ends_in_a_list_to_review_most_doubtful_first() throws Exception {
        long batchId = batches.start(List.of(file(ImportFixture.LUND), file("faktura-sjoudden-2023-04-20.txt"),
                file("lossy-ostra-skaraborg-2022-09-16.txt"), file("au-sjobygden-2023-04-05.txt")));

        List<ImportBatches.FileRow> files = waitUntilRead(batchId);

        assertThat(files).extracting(ImportBatches.FileRow::status).containsExactly(ImportFileStatus.PARSED,
                ImportFileStatus.PARSED, ImportFileStatus.PARSED, ImportFileStatus.REFUSED);
        List<ImportBatches.FileRow> toReview = files.subList(0, 3);
        assertThat(toReview).extracting(ImportBatches.FileRow::doubtCount).isSortedAccordingTo((a, b) -> b - a);
        assertThat(toReview).allSatisfy(f -> assertThat(f.paragraphCount()).isPositive());
        assertThat(files.getLast().message()).containsIgnoringCase("faktura");
        var summary = batches.batches().getFirst();
        assertThat(summary.files()).isEqualTo(4);
        assertThat(summary.done()).isEqualTo(4);
        assertThat(summary.toReview()).isEqualTo(3);
        assertThat(summary.paragraphs()).isEqualTo(toReview.stream().mapToInt(ImportBatches.FileRow::paragraphCount).sum());
    }

    @Test
    @WithMockUser(username = "batcher", roles = "SEKRETERARE")
    void a_reviewed_file_of_a_batch_is_saved_and_marked_imported() throws Exception {
        long batchId = batches.start(List.of(file(ImportFixture.LUND), file("au-sjobygden-2023-04-05.txt")));
        long lund = waitUntilRead(batchId).stream().filter(f -> f.fileName().equals(ImportFixture.LUND))
                .findFirst().orElseThrow().id();

        long meetingId = imports.save(batches.review(lund));

        assertThat(batches.files(batchId)).filteredOn(f -> f.id() == lund).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(ImportFileStatus.IMPORTED);
                    assertThat(f.meetingId()).isEqualTo(meetingId);
                });
        assertThat(db.fetchCount(MEETING)).isEqualTo(1);
    }

    @Autowired
    ImportBatches tables;

    @Test
    @WithMockUser(username = "batcher", roles = "SEKRETERARE")
    void files_left_waiting_by_a_restart_are_read_when_the_application_is_ready_again() throws Exception {
        long batchId = tables.create(List.of(new ImportBatches.FileContent(0, ImportFixture.LUND,
                ImportFixture.corpus(ImportFixture.LUND))));
        assertThat(batches.files(batchId)).extracting(ImportBatches.FileRow::status).containsExactly(ImportFileStatus.WAITING);

        batches.resumeWaiting();

        assertThat(waitUntilRead(batchId)).extracting(ImportBatches.FileRow::status).containsExactly(ImportFileStatus.PARSED);
    }

    @Test
    @WithMockUser(username = "reader", roles = "STYRELSE")
    void the_styrelse_may_not_start_or_see_a_batch() {
        assertThatThrownBy(() -> batches.start(List.of(file(ImportFixture.LUND))))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> batches.batches())
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
