package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.FlowInvalidException;
import io.switchboard.application.FlowService;
import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.RejectedContentException;
import io.switchboard.domain.model.flow.Flow;
import io.switchboard.domain.model.flow.FlowGraph;
import io.switchboard.domain.model.flow.FlowProblem;
import io.switchboard.domain.model.flow.FlowRepository;
import io.switchboard.domain.model.flow.FlowValidator;
import io.switchboard.domain.model.flow.FlowVersion;
import io.switchboard.domain.model.outbound.OutboundRefusedException;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import io.switchboard.infrastructure.outbound.OutboundHttp;
import io.switchboard.infrastructure.persistence.FlowGraphConverter;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link FlowService}: flows are tenant rows; validation is the domain's {@link FlowValidator} with the tenant's groups. */
@Stateless
public class DefaultFlowService implements FlowService {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    FlowRepository flows;
    @Inject
    io.switchboard.domain.model.bot.FaqBotRepository faqBots;
    @Inject
    SkillGroupRepository groups;
    @Inject
    OutboundHttp outbound;
    @Inject
    TenantContext tenant;
    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;

    @Override
    public FlowPage search(String query, int offset, int limit) {
        return new FlowPage(flows.search(query, offset, limit).stream().map(DefaultFlowService::summary).toList(),
                flows.count(query));
    }

    @Override
    public FlowDetail get(long id) {
        return detail(flow(id));
    }

    @Override
    public FlowDetail create(String name, String description, FlowGraph graph) {
        requireFreeName(name);
        requireSize(graph);
        Flow f = new Flow(name, description, graph, clock.instant());
        flows.add(f);
        audit.record("flow.add", "flow", f.getId(), null, summary(f));
        return detail(f);
    }

    @Override
    public FlowDetail describe(long id, String name, String description) {
        Flow f = locked(id);
        if (name != null && !name.strip().equals(f.getName())) {
            requireFreeName(name);
        }
        FlowSummary before = summary(f);
        f.describe(name, description);
        audit.record("flow.describe", "flow", id, before, summary(f));
        return detail(f);
    }

    @Override
    public FlowDetail saveDraft(long id, FlowGraph graph) {
        requireSize(graph);
        Flow f = locked(id);
        f.saveDraft(graph, clock.instant());
        return detail(f);
    }

    @Override
    public List<FlowProblem> validate(long id) {
        return problems(flow(id).getDraft());
    }

    @Override
    public VersionView publish(long id) {
        Flow f = locked(id);
        List<FlowProblem> problems = problems(f.getDraft());
        if (!problems.isEmpty()) {
            throw new FlowInvalidException(problems);
        }
        FlowVersion v = f.publish(tenant.actor(), clock.instant());
        flows.addVersion(v);
        VersionView view = new VersionView(v.getVersion(), v.getPublishedBy(), v.getPublishedAt(), true);
        audit.record("flow.publish", "flow", id, null, view);
        return view;
    }

    @Override
    public FlowDetail activate(long id, int version) {
        Flow f = locked(id);
        if (version < 1 || version > f.getLatestVersion()) {
            throw new NotFoundException("version", "flow " + id + " has no version " + version)
                    .coded("flow.versionNotFound", id, version);
        }
        Integer before = f.getActiveVersion();
        f.activate(version);
        audit.record("flow.activate", "flow", id, before, version);
        return detail(f);
    }

    @Override
    public FlowGraph version(long id, int version) {
        flow(id);
        return flows.version(id, version).map(FlowVersion::getGraph).orElseThrow(() ->
                new NotFoundException("version", "flow " + id + " has no version " + version)
                        .coded("flow.versionNotFound", id, version));
    }

    @Override
    public FlowExport export(long id) {
        Flow f = flow(id);
        return new FlowExport(FlowExport.FORMAT, f.getName(), f.getDescription(), f.getDraft());
    }

    @Override
    public FlowDetail importFlow(byte[] json) {
        if (json.length > MAX_JSON_BYTES) {
            throw new RejectedContentException("a flow export is at most " + MAX_JSON_BYTES / 1024 + " KiB", true);
        }
        FlowExport in;
        try {
            in = JSONB.fromJson(new String(json, StandardCharsets.UTF_8), FlowExport.class);
        } catch (JsonbException | IllegalArgumentException e) {
            throw new InvalidFieldException("file", "not a flow export (JSON): " + e.getMessage())
                    .coded("flow.notAnExport");
        }
        if (in == null || !FlowExport.FORMAT.equals(in.format()) || in.graph() == null || in.name() == null
                || in.name().isBlank()) {
            throw new InvalidFieldException("file", "not a flow export: it needs format \"" + FlowExport.FORMAT
                    + "\", a name and a graph").coded("flow.notAnExport");
        }
        String name = freeName(in.name().strip());
        requireSize(in.graph());
        Flow f = new Flow(name, in.description(), in.graph(), clock.instant());
        flows.add(f);
        audit.record("flow.import", "flow", f.getId(), null, summary(f));
        return detail(f);
    }

    @Override
    public void delete(long id) {
        Flow f = locked(id);
        FlowSummary before = summary(f);
        flows.remove(f);
        audit.record("flow.delete", "flow", id, before, null);
    }

    private List<FlowProblem> problems(FlowGraph graph) {
        Set<Long> groupIds = groups.list(0, Integer.MAX_VALUE).stream().map(SkillGroup::getId).collect(Collectors.toSet());
        Set<Long> botIds = faqBots.all().stream().map(io.switchboard.domain.model.bot.FaqBot::getId)
                .collect(Collectors.toSet());
        FlowValidator validator = new FlowValidator(new FlowValidator.Context(groupIds, botIds, url -> {
            try {
                outbound.requireAllowed(url);
                return Optional.empty();
            } catch (OutboundRefusedException | IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        }));
        return validator.validate(graph);
    }

    /** Beyond the node and edge limits a graph is refused outright, not saved with problems. */
    private static void requireSize(FlowGraph graph) {
        if (graph == null) {
            return;
        }
        if (graph.nodes().size() > FlowValidator.MAX_NODES || graph.edges().size() > FlowValidator.MAX_EDGES
                || FlowGraphConverter.toJson(graph).length() > Flow.MAX_GRAPH_CHARS) {
            throw new RejectedContentException("a flow has at most " + FlowValidator.MAX_NODES + " nodes, "
                    + FlowValidator.MAX_EDGES + " edges and " + Flow.MAX_GRAPH_CHARS + " characters of JSON", true);
        }
    }

    private void requireFreeName(String name) {
        if (name != null) {
            flows.findByName(name.strip()).ifPresent(other -> {
                throw new ConflictException("name", "a flow named '" + name.strip() + "' exists")
                        .coded("flow.nameTaken", name.strip());
            });
        }
    }

    private String freeName(String name) {
        String base = name.length() > Flow.MAX_NAME - 6 ? name.substring(0, Flow.MAX_NAME - 6) : name;
        String candidate = name;
        for (int n = 2; flows.findByName(candidate).isPresent(); n++) {
            candidate = base + " (" + n + ")";
        }
        return candidate;
    }

    private Flow flow(long id) {
        return flows.find(id).orElseThrow(() -> notFound(id));
    }

    private Flow locked(long id) {
        return flows.lock(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("flow " + id + " not found").coded("flow.notFound", id);
    }

    private FlowDetail detail(Flow f) {
        List<VersionView> versions = f.getId() == null ? List.of() : flows.versions(f.getId()).stream()
                .map(v -> new VersionView(v.getVersion(), v.getPublishedBy(), v.getPublishedAt(),
                        Integer.valueOf(v.getVersion()).equals(f.getActiveVersion()))).toList();
        return new FlowDetail(summary(f), f.getDraft(), problems(f.getDraft()), versions);
    }

    private static FlowSummary summary(Flow f) {
        return new FlowSummary(f.getId() == null ? 0 : f.getId(), f.getName(), f.getDescription(), f.getActiveVersion(),
                f.getLatestVersion(), f.getDraftSavedAt(), f.getCreatedAt());
    }

    @Override
    public java.util.Optional<RunView> run(long conversationId) {
        return flows.run(conversationId).map(r -> new RunView(conversationId, r.getFlowId(),
                flows.find(r.getFlowId()).map(io.switchboard.domain.model.flow.Flow::getName).orElse(null),
                r.getFlowVersion(), r.getNode(), r.getOutcome(), FlowVariables.parse(r.getVariables())));
    }
}
