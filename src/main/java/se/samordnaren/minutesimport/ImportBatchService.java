package se.samordnaren.minutesimport;

import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.Roles;

import java.util.List;

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

    ImportBatchService(ImportBatches batches, MinutesImportService imports,
                       @Qualifier(MinutesImportConfiguration.EXECUTOR) TaskExecutor executor) {
        this.batches = batches;
        this.imports = imports;
        this.executor = executor;
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
     * After a restart: batches whose files were still waiting are read on in the background (the single reader
     * thread takes them one after the other, so a batch is never read twice at once).
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void resumeWaiting() {
        for (long batchId : batches.batchesWithWaitingFiles()) {
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

    /** Reads each waiting file: no database work but the result, one short statement per file. */
    void readAll(long batchId) {
        for (long fileId : batches.waiting(batchId)) {
            var file = batches.content(fileId).orElse(null);
            if (file == null) {
                continue;
            }
            try {
                ParsedMinutes parsed = MinutesImport.parse(file.content(), file.fileName());
                int doubts = parsed.warnings().size() + (parsed.body() == null ? 1 : 0)
                        + parsed.paragraphs().stream().mapToInt(p -> p.doubts().size()
                        + (p.decision() != null && p.decision().outcome() == Outcome.NONE && !p.decision().clauses().isEmpty() ? 1 : 0)).sum();
                batches.parsed(fileId, parsed.paragraphs().size(), doubts, parsed.date());
            } catch (MinutesImportException e) {
                batches.refused(fileId, e.getMessage());
            } catch (RuntimeException e) {
                log.warn("Could not read {} of import batch {}", file.fileName(), batchId, e);
                batches.refused(fileId, "Filen kunde inte läsas.");
            }
        }
    }
}
