package se.samordnaren.minutesimport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.DatabaseTest;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.AUDIT_LOG;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MINUTES_IMPORT_FILE;

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

    private static final List<String> FOUR = List.of(ImportFixture.LUND, "faktura-sjoudden-2023-04-20.txt",
            "lossy-ostra-skaraborg-2022-09-16.txt", "au-sjobygden-2023-04-05.txt");

    private long waitingBatch(List<String> names) {
        return tables.create(names.stream().map(n -> new ImportBatches.FileContent(0, n, ImportFixture.corpus(n))).toList());
    }

    /** A node of its own: its own reader thread and claim name, on the same database; remembers what it read. */
    private class Node extends ImportBatchService {
        final List<Long> read = Collections.synchronizedList(new ArrayList<>());
        final ThreadPoolTaskExecutor thread;

        Node(ThreadPoolTaskExecutor thread) {
            super(tables, imports, thread, Duration.ofMinutes(10));
            this.thread = thread;
        }

        @Override
        List<Long> readAll(long batchId) {
            List<Long> files = super.readAll(batchId);
            read.addAll(files);
            return files;
        }
    }

    private Node node(String name) {
        ThreadPoolTaskExecutor thread = new MinutesImportConfiguration().minutesImportExecutor();
        thread.setThreadNamePrefix(name + "-");
        thread.initialize();
        return new Node(thread);
    }

    private List<Long> fileIds(long... batchIds) {
        return db.select(MINUTES_IMPORT_FILE.ID).from(MINUTES_IMPORT_FILE)
                .where(MINUTES_IMPORT_FILE.BATCH_ID.in(Arrays.stream(batchIds).boxed().toList()))
                .fetch(MINUTES_IMPORT_FILE.ID);
    }

    @Test
    void two_nodes_starting_at_once_read_each_waiting_file_exactly_once() throws Exception {
        long auditedBefore = data.maxAuditId();
        long first = waitingBatch(FOUR);
        long second = waitingBatch(FOUR);
        Node a = node("node-a");
        Node b = node("node-b");

        // Both nodes start at the same moment, as two nodes behind a balancer after a restart of both.
        a.resumeWaiting();
        b.resumeWaiting();
        for (Node node : List.of(a, b)) {
            node.thread.getThreadPoolExecutor().shutdown();
            assertThat(node.thread.getThreadPoolExecutor().awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        List<Long> all = fileIds(first, second);
        assertThat(a.read).doesNotContainAnyElementsOf(b.read);
        assertThat(Stream.concat(a.read.stream(), b.read.stream()).toList()).containsExactlyInAnyOrderElementsOf(all);
        assertThat(db.fetchCount(MINUTES_IMPORT_FILE, MINUTES_IMPORT_FILE.STATUS.eq(ImportFileStatus.WAITING))).isZero();
        // One audited result per file; the claims themselves are not audited.
        assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq("minutes_import_file"), AUDIT_LOG.OPERATION.eq("UPDATE"),
                AUDIT_LOG.ID.gt(auditedBefore)))
                .isEqualTo(all.size());
    }

    @Test
    void two_readers_of_one_batch_at_the_same_moment_take_different_files() throws Exception {
        long batchId = waitingBatch(Stream.of(FOUR, FOUR, FOUR).flatMap(List::stream).toList());
        Node a = node("node-a");
        Node b = node("node-b");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            var readA = two.submit(() -> { start.await(); return a.readAll(batchId); });
            var readB = two.submit(() -> { start.await(); return b.readAll(batchId); });
            start.countDown();
            List<Long> byA = readA.get(60, TimeUnit.SECONDS);
            List<Long> byB = readB.get(60, TimeUnit.SECONDS);

            assertThat(byA).doesNotContainAnyElementsOf(byB);
            assertThat(Stream.concat(byA.stream(), byB.stream()).toList()).containsExactlyInAnyOrderElementsOf(fileIds(batchId));
        } finally {
            two.shutdownNow();
            a.thread.shutdown();
            b.thread.shutdown();
        }
    }

    @Test
    void a_stale_claim_of_a_crashed_node_is_taken_over_and_a_fresh_one_is_left_to_its_reader() {
        long batchId = waitingBatch(List.of(ImportFixture.LUND, "au-sjobygden-2023-04-05.txt", "faktura-sjoudden-2023-04-20.txt"));
        List<Long> files = db.select(MINUTES_IMPORT_FILE.ID).from(MINUTES_IMPORT_FILE)
                .where(MINUTES_IMPORT_FILE.BATCH_ID.eq(batchId)).orderBy(MINUTES_IMPORT_FILE.POSITION)
                .fetch(MINUTES_IMPORT_FILE.ID);
        UUID crashed = UUID.randomUUID();
        UUID busy = UUID.randomUUID();
        Duration timeout = Duration.ofMinutes(10);
        assertThat(tables.claimNext(batchId, "crashed-node", crashed, timeout)).contains(files.get(0));
        assertThat(tables.claimNext(batchId, "busy-node", busy, timeout)).contains(files.get(1));
        // The crashed node's claim has grown older than the timeout.
        db.update(MINUTES_IMPORT_FILE).set(MINUTES_IMPORT_FILE.CLAIMED_AT, OffsetDateTime.now().minusMinutes(11))
                .where(MINUTES_IMPORT_FILE.ID.eq(files.get(0))).execute();
        Node node = node("node-a");

        List<Long> read = node.readAll(batchId);

        assertThat(read).containsExactly(files.get(0), files.get(2));
        var stale = db.fetchSingle(MINUTES_IMPORT_FILE, MINUTES_IMPORT_FILE.ID.eq(files.get(0)));
        assertThat(stale.getStatus()).isEqualTo(ImportFileStatus.PARSED);
        assertThat(stale.getClaimedBy()).isNotEqualTo("crashed-node");
        assertThat(db.fetchSingle(MINUTES_IMPORT_FILE, MINUTES_IMPORT_FILE.ID.eq(files.get(1))).getStatus())
                .isEqualTo(ImportFileStatus.WAITING);
        // The crashed node's result, should it come late after all, is not written over the one of the node that took over.
        assertThat(tables.refused(files.get(0), crashed, "late")).isFalse();
        assertThat(db.fetchSingle(MINUTES_IMPORT_FILE, MINUTES_IMPORT_FILE.ID.eq(files.get(0))).getStatus())
                .isEqualTo(ImportFileStatus.PARSED);
        // The busy node's own result is written.
        assertThat(tables.parsed(files.get(1), busy, 3, 0, null)).isTrue();
        node.thread.shutdown();
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
