package org.safeguarding.post.comment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.post.CommentEscalationRequested;
import org.springframework.stereotype.Component;

/**
 * A {@link CommentEscalationRequested} stored before moderators chose the form, the
 * subjects and whether it is an allegation was always an orange form about no one: it is
 * read as revision 1 saying so.
 */
@Component
class CommentEscalationUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType BEFORE_THE_CHOICE = new SimpleSerializedType(
            CommentEscalationRequested.class.getName(), null);

    private static final SimpleSerializedType WITH_THE_CHOICE = new SimpleSerializedType(
            CommentEscalationRequested.class.getName(), CommentEscalationRequested.REVISION);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(BEFORE_THE_CHOICE);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(WITH_THE_CHOICE, JsonNode.class, payload -> {
            ObjectNode choice = ((ObjectNode) payload.deepCopy());
            choice.put("form", Form.E_SAFETY.name());
            choice.putArray("subjects");
            choice.put("allegationAgainstAdult", false);
            return choice;
        });
    }

}
