package io.switchboard.domain.model.flow;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The fields each kind of node needs, and their limits (part of {@link FlowValidator}). */
final class NodeFieldChecks {

    /** A text the visitor reads: at most 600 characters (seed 004's prompt boxes). */
    static final int MAX_TEXT = 600;
    static final int MAX_LABEL = 50;
    static final int MAX_CHOICES = 20;
    static final int MAX_CHECKS = 10;
    static final int MAX_FIELDS = 30;
    static final int MAX_PATTERN = 200;

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{0,39}");
    private static final Pattern JSON_PATH = Pattern.compile("\\$((\\.[A-Za-z_][A-Za-z0-9_-]{0,63})|(\\[[0-9]{1,4}]))+");
    private static final Pattern TIME_RANGE = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]");
    private static final Pattern WEEKDAYS = Pattern.compile("[1-7](-[1-7])?(,[1-7](-[1-7])?)*");

    private final FlowValidator.Context context;
    private final Set<String> variablesSet;
    private final FlowValidator.Problems problems;

    NodeFieldChecks(FlowValidator.Context context, Set<String> variablesSet, FlowValidator.Problems problems) {
        this.context = context;
        this.variablesSet = variablesSet;
        this.problems = problems;
    }

    void check(FlowNode n) {
        length(n, "label", n.label(), MAX_LABEL);
        for (String field : List.of("text", "invalidText", "timeoutText", "failedText")) {
            String value = switch (field) {
                case "text" -> n.text();
                case "invalidText" -> n.invalidText();
                case "timeoutText" -> n.timeoutText();
                default -> n.failedText();
            };
            length(n, field, value, MAX_TEXT);
            reads(n, value);
        }
        switch (n.kind()) {
            case MESSAGE -> {
                if (blank(n.text()) && blank(n.imageUrl())) {
                    required(n, "text");
                }
                if (!blank(n.imageUrl())) {
                    url(n, "imageUrl", n.imageUrl());
                }
            }
            case MENU -> menu(n);
            case CONDITION -> condition(n);
            case COLLECT -> collect(n);
            case HTTP -> http(n);
            case TRANSFER -> {
                if (n.skillGroupId() == null) {
                    required(n, "skillGroupId");
                } else if (!context.skillGroups().contains(n.skillGroupId())) {
                    problems.add("unknownSkillGroup", n.id(), "there is no skill group " + n.skillGroupId(),
                            n.skillGroupId());
                }
            }
            case BOT -> {
                if (n.botId() == null) {
                    required(n, "botId");
                } else if (!context.bots().contains(n.botId())) {
                    problems.add("unknownBot", n.id(), "there is no bot " + n.botId(), n.botId());
                }
            }
            case SATISFACTION -> {
                requireText(n);
                if (n.variable() != null) {
                    variableName(n, n.variable());
                }
                range(n, "timeoutSeconds", n.timeoutSeconds(), 5, 86_400);
            }
            default -> {
            }
        }
    }

    private void menu(FlowNode n) {
        requireText(n);
        if (n.options().isEmpty() || n.options().size() > MAX_CHOICES) {
            problems.add("choices", n.id(), "a menu has 1 to " + MAX_CHOICES + " choices", MAX_CHOICES);
        }
        Set<String> keys = new HashSet<>();
        for (FlowNode.MenuOption o : n.options()) {
            if (blank(o.key()) || o.key().length() > 20 || n.kind().optionalPorts().contains(o.key())) {
                problems.add("badChoiceKey", n.id(), "a choice's key is 1 to 20 characters and not 'failed' or 'timeout'",
                        String.valueOf(o.key()));
            } else if (!keys.add(o.key())) {
                problems.add("duplicateChoice", n.id(), "two choices have the key " + o.key(), o.key());
            }
            if (blank(o.label())) {
                required(n, "options[" + o.key() + "].label");
            }
            length(n, "options[" + o.key() + "].label", o.label(), MAX_LABEL);
        }
        waits(n);
    }

    private void condition(FlowNode n) {
        if (n.branches().isEmpty() || n.branches().size() > MAX_CHOICES) {
            problems.add("branches", n.id(), "a condition has 1 to " + MAX_CHOICES + " branches besides the default",
                    MAX_CHOICES);
        }
        Set<String> ports = new HashSet<>();
        for (FlowNode.Branch b : n.branches()) {
            if (blank(b.port()) || b.port().length() > 20 || "default".equals(b.port())) {
                problems.add("badBranchName", n.id(), "a branch's name is 1 to 20 characters and not 'default'",
                        String.valueOf(b.port()));
            } else if (!ports.add(b.port())) {
                problems.add("duplicateBranch", n.id(), "two branches are named " + b.port(), b.port());
            }
            if (b.checks().isEmpty() || b.checks().size() > MAX_CHECKS) {
                problems.add("checks", n.id(), "branch " + b.port() + " has 1 to " + MAX_CHECKS + " checks",
                        String.valueOf(b.port()), MAX_CHECKS);
            }
            b.checks().forEach(c -> check(n, b, c));
        }
    }

    private void check(FlowNode n, FlowNode.Branch b, FlowNode.Check c) {
        if (c.subject() == null || c.op() == null) {
            problems.add("badCheck", n.id(), "a check of branch " + b.port() + " needs what it looks at and how",
                    String.valueOf(b.port()));
            return;
        }
        boolean fits = switch (c.subject()) {
            case TIME -> c.op() == FlowNode.Op.BETWEEN && c.value() != null && TIME_RANGE.matcher(c.value()).matches();
            case WEEKDAY -> c.op() == FlowNode.Op.IN && c.value() != null && WEEKDAYS.matcher(c.value()).matches();
            default -> c.op() != FlowNode.Op.BETWEEN && c.op() != FlowNode.Op.IN
                    && (c.op() == FlowNode.Op.PRESENT || c.op() == FlowNode.Op.ABSENT || c.value() != null);
        };
        if (!fits) {
            problems.add("badCheck", n.id(), "branch " + b.port() + ": " + c.subject() + " " + c.op() + " "
                    + c.value() + " is not a valid check (time: BETWEEN 09:00-18:00; weekday: IN 1-5)",
                    String.valueOf(b.port()));
        }
        if (c.subject() == FlowNode.Subject.VARIABLE) {
            if (c.name() == null || !variablesSet.contains(c.name())) {
                unknownVariable(n, String.valueOf(c.name()));
            }
        }
        if (c.value() != null) {
            length(n, "branches[" + b.port() + "].value", c.value(), MAX_TEXT);
        }
    }

    private void collect(FlowNode n) {
        requireText(n);
        if (n.variable() == null) {
            required(n, "variable");
        } else {
            variableName(n, n.variable());
        }
        if (n.input() == null) {
            required(n, "input");
        } else if (n.input() == InputKind.PATTERN) {
            try {
                if (blank(n.pattern()) || n.pattern().length() > MAX_PATTERN) {
                    throw new PatternSyntaxException("1 to " + MAX_PATTERN + " characters", String.valueOf(n.pattern()), -1);
                }
                Pattern.compile(n.pattern());
            } catch (PatternSyntaxException e) {
                problems.add("badPattern", n.id(), "the pattern is not a regular expression of 1 to " + MAX_PATTERN
                        + " characters: " + e.getDescription(), String.valueOf(n.pattern()));
            }
        }
        waits(n);
    }

    private void http(FlowNode n) {
        if (blank(n.url())) {
            required(n, "url");
        } else {
            url(n, "url", n.url());
        }
        if (n.body().size() > MAX_FIELDS || n.outputs().size() > MAX_FIELDS) {
            problems.add("tooManyFields", n.id(), "an HTTP node sends and reads at most " + MAX_FIELDS + " fields",
                    MAX_FIELDS);
        }
        for (Map.Entry<String, String> f : n.body().entrySet()) {
            if (blank(f.getKey()) || f.getKey().length() > 64) {
                problems.add("badField", n.id(), "a body field's name is 1 to 64 characters", f.getKey());
            }
            length(n, "body[" + f.getKey() + "]", f.getValue(), MAX_TEXT);
            reads(n, f.getValue());
        }
        for (FlowNode.ApiOutput o : n.outputs()) {
            variableName(n, o.variable());
            if (o.path() == null || !JSON_PATH.matcher(o.path()).matches()) {
                problems.add("badPath", n.id(), "an answer field is a JSON path such as $.data.level or $.items[0].id: "
                        + o.path(), String.valueOf(o.path()));
            }
            length(n, "outputs[" + o.variable() + "].defaultValue", o.defaultValue(), MAX_TEXT);
        }
        range(n, "timeoutSeconds", n.timeoutSeconds(), 1, 30);
        range(n, "retries", n.retries(), 0, 5);
    }

    private void waits(FlowNode n) {
        range(n, "maxErrors", n.maxErrors(), 1, 10);
        range(n, "timeoutSeconds", n.timeoutSeconds(), 5, 86_400);
    }

    private void url(FlowNode n, String field, String url) {
        context.urlRefusal().apply(url).ifPresent(why -> problems.add("urlRefused", n.id(), field + " is refused: " + why,
                url, why));
    }

    private void reads(FlowNode n, String text) {
        FlowGraph.placeholders(text).stream().filter(v -> !variablesSet.contains(v))
                .forEach(v -> unknownVariable(n, v));
    }

    private void unknownVariable(FlowNode n, String name) {
        problems.add("unknownVariable", n.id(), "no node sets the variable " + name + " and it is no system variable",
                name);
    }

    private void variableName(FlowNode n, String name) {
        if (name == null || !VARIABLE.matcher(name).matches() || FlowGraph.SYSTEM_VARIABLES.contains(name)) {
            problems.add("badVariable", n.id(), "a variable's name is a letter or '_' and then up to 39 letters, digits,"
                    + " '_' or '.', and not a system variable's: " + name, String.valueOf(name));
        }
    }

    private void requireText(FlowNode n) {
        if (blank(n.text())) {
            required(n, "text");
        }
    }

    private void required(FlowNode n, String field) {
        problems.add("fieldRequired", n.id(), "node " + n.id() + " needs " + field, field);
    }

    private void length(FlowNode n, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add("tooLong", n.id(), field + " has more than " + max + " characters", field, max);
        }
    }

    private void range(FlowNode n, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add("outOfRange", n.id(), field + " must be between " + min + " and " + max, field, min, max);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
