package se.samordnaren.application;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** Where the application stands: received → prepared → AU's proposal → board's decision → granted / rejected / withdrawn. */
class ApplicationStepper extends Div {

    private static final List<StepKind> STAGES =
            List.of(StepKind.RECEIVED, StepKind.PREPARED, StepKind.AU_PROPOSAL, StepKind.BOARD_DECISION);

    ApplicationStepper() {
        addClassName("application-stepper");
    }

    void show(ApplicationDetail detail) {
        removeAll();
        ApplicationStatus status = detail.status();
        StepKind last = detail.steps().stream().map(ApplicationDetail.Step::step).filter(s -> s != StepKind.WITHDRAWN)
                .reduce((first, second) -> second).orElse(StepKind.RECEIVED);
        boolean closed = status == ApplicationStatus.DECIDED_GRANTED || status == ApplicationStatus.DECIDED_REJECTED
                || status == ApplicationStatus.WITHDRAWN;
        int reached = STAGES.indexOf(last);
        for (int i = 0; i < STAGES.size(); i++) {
            Span stage = new Span(getTranslation("application.stage." + STAGES.get(i).name()));
            // Once the case is closed the stage reached counts as done; the end stage is then the current one.
            String state = i < reached || (i == reached && closed) ? "done" : i == reached ? "current" : "todo";
            stage.addClassNames("application-stage", state);
            add(stage);
        }
        Span end = new Span(getTranslation(switch (status) {
            case DECIDED_GRANTED -> "application.stage.granted";
            case DECIDED_REJECTED -> "application.stage.rejected";
            case WITHDRAWN -> "application.stage.withdrawn";
            default -> "application.stage.final";
        }));
        end.addClassNames("application-stage", switch (status) {
            case DECIDED_GRANTED -> "current";
            case DECIDED_REJECTED, WITHDRAWN -> "rejected";
            default -> "todo";
        });
        add(end);
    }
}
