package io.switchboard.application;

import io.switchboard.domain.model.flow.FlowProblem;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A flow that may not be published (or imported) as it is: every problem, each tied to its node. Answered 422 with
 * the problems; rolls back, so nothing changes.
 */
@ApplicationException(rollback = true)
public class FlowInvalidException extends RuntimeException implements CodedRefusal {

    private static final long serialVersionUID = 1L;

    private final List<FlowProblem> problems;
    private final CodedRefusal.Coding coding;

    public FlowInvalidException(List<FlowProblem> problems) {
        super("the flow has " + problems.size() + " problem(s): " + problems.get(0).message()
                + (problems.size() > 1 ? " …" : ""));
        this.problems = List.copyOf(problems);
        this.coding = CodedRefusal.Coding.of("flow.invalid", problems.size());
    }

    public List<FlowProblem> problems() {
        return problems;
    }

    @Override
    public String field() {
        return null;
    }

    @Override
    public CodedRefusal.Coding coding() {
        return coding;
    }
}
