package se.samordnaren.minutesimport;

import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.Roles;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Many files at once: the files are stored as a batch and read one after the other in the background (the
 * {@code minutesImportExecutor}), each file's result kept (paragraphs found, how unsure, or why refused), so the user
 * can leave and come back; the batch ends in a list to review, most doubtful first, each file opened as an
 * {@link ImportDraft} and saved through {@link MinutesImportService#save}.
 */
@Service
public class ImportBatchService {

    private static final Logger log = LoggerFactory.getLogger(ImportBatchService.class);

    private final ImportBatches batches;
    private final MinutesImportService imports;
    private final TaskExecutor executor;
    /** Who holds a claim, for whoever looks at a file stuck in reading: this node's process and host, and this reader. */
    private final String reader;
    /** A claim older than this is taken over (its node crashed): longer than the slowest read of a file. */
    private final Duration claimTimeout;

    ImportBatchService(ImportBatches batches, MinutesImportService imports,
                       @Qualifier(MinutesImportConfiguration.EXECUTOR) TaskExecutor executor,
                       @Value("${samordnaren.minutes-import.claim-timeout:PT10M}") Duration claimTimeout) {
        this.batches = batches;
        this.imports = imports;
        this.executor = executor;
        this.claimTimeout = claimTimeout;
        this.reader = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A file as uploaded. */
    public record UploadedFile(String fileName, byte[] content) {
    }

    /** Stores the files as a batch and starts reading them in the background. Returns the batch id. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long start(List<UploadedFile> files) {
        if (files.isEmpty()) {
            throw new UserFacingException("minutesImport.error.noFiles");
        }
        long batchId = batches.create(files.stream()
                .map(f -> new ImportBatches.FileContent(0, f.fileName(), f.content())).toList());
        Runnable work = new DelegatingSecurityContextRunnable(() -> readAll(batchId));
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        executor.execute(work);
                    }
                });
        return batchId;
    }

    /**
     * After a restart: batches whose files were still waiting are read on in the background. Every node does this when
     * it starts, and again every few minutes (the files a crashed node had claimed are taken over once the claim is
     * stale); the claim of each file ({@link #readAll}) makes sure that each file is read by one node only.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelayString = "${samordnaren.minutes-import.resume-interval:PT5M}",
            fixedDelayString = "${samordnaren.minutes-import.resume-interval:PT5M}")
    void resumeWaiting() {
        for (long batchId : batches.batchesToRead(claimTimeout)) {
            executor.execute(() -> readAll(batchId));
        }
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public List<ImportBatches.BatchRow> batches() {
        return batches.batches(50);
    }

    /** The batch's files, to review first and most doubtful first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public List<ImportBatches.FileRow> files(long batchId) {
        return batches.files(batchId);
    }

    /** One file of a batch as a draft to review. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public ImportDraft review(long fileId) {
        var file = batches.content(fileId).orElseThrow(() -> new UserFacingException("minutesImport.error.fileGone"));
        return imports.draft(file.fileName(), file.content(), fileId);
    }

    /**
     * Reads the batch's waiting files, each claimed first (a short committed update), so that another node reading the
     * same batch takes the other files; no database work but the claim and the result, one short statement each.
     * Returns the files this reader read.
     */
    List<Long> readAll(long batchId) {
        List<Long> read = new ArrayList<>();
        while (true) {
            UUID claim = UUID.randomUUID();
            Long fileId = batches.claimNext(batchId, reader, claim, claimTimeout).orElse(null);
            if (fileId == null) {
                return read;
            }
            var file = batches.content(fileId).orElse(null);
            if (file == null) {
                continue;
            }
            read.add(fileId);
            if (!readOne(batchId, file, claim)) {
                log.info("{} of import batch {} was taken over by another reader before this one finished it",
                        file.fileName(), batchId);
            }
        }
    }

    /** Reads one claimed file and writes what it found; false when the claim was taken over meanwhile. */
    private boolean readOne(long batchId, ImportBatches.FileContent file, UUID claim) {
        try {
            ParsedMinutes parsed = MinutesImport.parse(file.content(), file.fileName());
            int doubts = parsed.warnings().size() + (parsed.body() == null ? 1 : 0)
                    + parsed.paragraphs().stream().mapToInt(p -> p.doubts().size()
                    + (p.decision() != null && p.decision().outcome() == Outcome.NONE && !p.decision().clauses().isEmpty() ? 1 : 0)).sum();
            return batches.parsed(file.id(), claim, parsed.paragraphs().size(), doubts, parsed.date());
        } catch (MinutesImportException e) {
            return batches.refused(file.id(), claim, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Could not read {} of import batch {}", file.fileName(), batchId, e);
            return batches.refused(file.id(), claim, "Filen kunde inte läsas.");
        }
    }
}
