package io.switchboard.domain.model.flow;

import java.time.LocalTime;
import java.util.Map;

/** Whether a condition branch's checks hold (part of {@link FlowEngine}). */
final class FlowChecks {

    private FlowChecks() {
    }

    static boolean all(FlowNode.Branch branch, Map<String, String> variables, FlowContext ctx) {
        return !branch.checks().isEmpty() && branch.checks().stream().allMatch(c -> holds(c, variables, ctx));
    }

    static boolean holds(FlowNode.Check c, Map<String, String> variables, FlowContext ctx) {
        return switch (c.subject()) {
            case VARIABLE -> compare(variables.getOrDefault(c.name(), ctx.system().get(c.name())), c.op(), c.value());
            case CHANNEL -> compare(ctx.channel(), c.op(), c.value());
            case TAG -> switch (c.op()) {
                case EQUALS -> ctx.tags().contains(c.value());
                case NOT_EQUALS -> !ctx.tags().contains(c.value());
                case CONTAINS -> ctx.tags().stream().anyMatch(t -> c.value() != null && t.contains(c.value()));
                case PRESENT -> !ctx.tags().isEmpty();
                case ABSENT -> ctx.tags().isEmpty();
                default -> false;
            };
            case TIME -> c.op() == FlowNode.Op.BETWEEN && between(ctx.now().atZone(ctx.zone()).toLocalTime(), c.value());
            case WEEKDAY -> c.op() == FlowNode.Op.IN
                    && inDays(ctx.now().atZone(ctx.zone()).getDayOfWeek().getValue(), c.value());
        };
    }

    private static boolean compare(String actual, FlowNode.Op op, String expected) {
        return switch (op) {
            case PRESENT -> actual != null && !actual.isBlank();
            case ABSENT -> actual == null || actual.isBlank();
            case EQUALS -> actual != null && actual.strip().equalsIgnoreCase(expected == null ? "" : expected.strip());
            case NOT_EQUALS -> actual == null || !actual.strip().equalsIgnoreCase(expected == null ? "" : expected.strip());
            case CONTAINS -> actual != null && expected != null && actual.contains(expected);
            case GREATER_THAN -> number(actual) != null && number(expected) != null && number(actual) > number(expected);
            case LESS_THAN -> number(actual) != null && number(expected) != null && number(actual) < number(expected);
            default -> false;
        };
    }

    private static Double number(String s) {
        try {
            return s == null ? null : Double.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "09:00-18:00"; an end before the start crosses midnight ("22:00-06:00"). */
    private static boolean between(LocalTime t, String range) {
        String[] ends = range.split("-");
        LocalTime from = LocalTime.parse(ends[0]);
        LocalTime to = "24:00".equals(ends[1]) ? LocalTime.MAX : LocalTime.parse(ends[1]);
        return from.isBefore(to) || from.equals(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
    }

    /** "1-5", "1,3,5", "6-7,1" (Monday = 1). */
    private static boolean inDays(int day, String days) {
        for (String part : days.split(",")) {
            String[] ends = part.split("-");
            int from = Integer.parseInt(ends[0].strip());
            int to = ends.length > 1 ? Integer.parseInt(ends[1].strip()) : from;
            if (day >= from && day <= to) {
                return true;
            }
        }
        return false;
    }
}
