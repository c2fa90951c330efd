package se.samordnaren.meeting;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A button that another feature adds to the meeting view's action row (e.g. the kallelse of a planned meeting), as a
 * Spring bean of that feature implementing this interface. The meeting package so never depends on the features built
 * on top of it (no package cycles): the view asks every such bean for its component each time it renders.
 */
public interface MeetingViewAction {

    /** The component for this meeting, or empty when the action does not apply (e.g. the meeting is held). */
    Optional<Component> component(long meetingId, MeetingStatus status);
}
