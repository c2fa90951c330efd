package se.samordnaren.application;

import se.samordnaren.ui.FormDialog;

/** A revised application: a new version, filled in from the latest one. */
class ReviseDialog extends FormDialog<Void> {

    final VersionForm version = new VersionForm(true, binder());
    private final FundingApplicationService applications;
    private final ApplicationDetail application;

    ReviseDialog(FundingApplicationService applications, ApplicationDetail application) {
        super("application.action.revise");
        this.applications = applications;
        this.application = application;
        version.fill(application.latestVersion());
        wide(version);
        setWidth("min(760px, 96vw)");
    }

    @Override
    protected void submit() {
        int versionNo = applications.revise(application.id(), application.version(), version.draft());
        successMessage("application.revised", versionNo);
    }
}
