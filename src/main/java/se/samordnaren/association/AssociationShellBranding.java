package se.samordnaren.association;

import org.springframework.stereotype.Component;
import se.samordnaren.ui.ShellBranding;

/** The association's name in the shell, read through the (secured) service. */
@Component
class AssociationShellBranding implements ShellBranding {

    private final AssociationService associations;

    AssociationShellBranding(AssociationService associations) {
        this.associations = associations;
    }

    @Override
    public String associationName() {
        return associations.settings().name();
    }
}
