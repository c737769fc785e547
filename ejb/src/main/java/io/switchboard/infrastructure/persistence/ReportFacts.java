package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.report.RaisedFact;
import io.switchboard.domain.model.report.ReportFact;
import io.switchboard.domain.model.report.ReportRepository;
import io.switchboard.domain.model.seat.AgentSeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Stores the reporting facts a conversation or a seat raised, with what they add of themselves (issue 21). */
@ApplicationScoped
public class ReportFacts {

    @Inject
    ReportRepository reports;

    void record(Object owner) {
        if (owner instanceof Conversation c) {
            for (RaisedFact f : c.drainFacts()) {
                reports.add(new ReportFact(f, c.getId(), c.getChannel(), c.getAssociation()));
            }
        } else if (owner instanceof AgentSeat seat) {
            for (RaisedFact f : seat.drainFacts()) {
                reports.add(new ReportFact(f, null, null, null));
            }
        }
    }
}
