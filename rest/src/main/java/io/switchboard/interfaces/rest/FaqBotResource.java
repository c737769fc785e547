package io.switchboard.interfaces.rest;

import io.switchboard.application.FaqBotService;
import io.switchboard.application.FaqBotService.BotRequest;
import io.switchboard.application.FaqBotService.BotView;
import io.switchboard.application.FaqBotService.LearnRequest;
import io.switchboard.application.FaqBotService.MissGroupPage;
import io.switchboard.application.FaqBotService.MatchView;
import io.switchboard.application.FaqBotService.MissView;
import io.switchboard.application.FaqBotService.RulePage;
import io.switchboard.application.FaqBotService.RuleRequest;
import io.switchboard.application.FaqBotService.RuleView;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** FAQ bots (FL-2): the bots, their knowledge rules, import/export, a question asked as a visitor would, the misses. */
@Path("v1/bots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FaqBotResource {

    /** A question asked of a bot; {@code recordMiss}: keep it for question mining when nothing matches. */
    public record Question(String question, Boolean recordMiss) {
    }

    /** Questions to forget. */
    public record Questions(List<String> questions) {
    }

    /** How many misses went. */
    public record Removed(int removed) {
    }

    @Inject
    FaqBotService bots;

    @GET
    public List<BotView> list() {
        return bots.bots();
    }

    @POST
    public Response create(@NotNull BotRequest request, @Context UriInfo uri) {
        BotView created = bots.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public BotView get(@PathParam("id") long id) {
        return bots.get(id);
    }

    @PUT
    @Path("{id}")
    public BotView update(@PathParam("id") long id, @NotNull BotRequest request) {
        return bots.update(id, request);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        bots.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/rules")
    public RulePage rules(@PathParam("id") long id, @QueryParam("q") String query,
                          @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                          @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return bots.rules(id, query, offset, limit);
    }

    @POST
    @Path("{id}/rules")
    public Response addRule(@PathParam("id") long id, @NotNull RuleRequest request, @Context UriInfo uri) {
        RuleView created = bots.addRule(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created)
                .build();
    }

    @PUT
    @Path("{id}/rules/{rule}")
    public RuleView updateRule(@PathParam("id") long id, @PathParam("rule") long rule, @NotNull RuleRequest request) {
        return bots.updateRule(id, rule, request);
    }

    @DELETE
    @Path("{id}/rules/{rule}")
    public Response deleteRule(@PathParam("id") long id, @PathParam("rule") long rule) {
        bots.deleteRule(id, rule);
        return Response.noContent().build();
    }

    /** Rules from a CSV or XLSX file: 问题 (question), 相似问法 (variants, separated by |), 答案 (answer); all or none. */
    @POST
    @Path("{id}/rules/import")
    @Consumes(MediaType.WILDCARD)
    public Response importRules(@PathParam("id") long id, byte[] content) {
        return Sheets.imported(bots.importRules(id, content));
    }

    @GET
    @Path("{id}/rules/export")
    @Produces({Sheets.CSV, Sheets.XLSX, MediaType.APPLICATION_JSON})
    public Response exportRules(@PathParam("id") long id, @QueryParam("format") String format) {
        boolean xlsx = Sheets.xlsx(format);
        return Sheets.download(bots.exportRules(id, xlsx), "faq-rules-" + id, xlsx);
    }

    /** What the bot answers to a question ("try it"): ANSWERED, SUGGESTED (up to three rules) or MISSED. */
    @POST
    @Path("{id}/ask")
    public MatchView ask(@PathParam("id") long id, @NotNull Question question) {
        if (question.question() == null || question.question().isBlank() || question.question().length() > 500) {
            throw new io.switchboard.application.InvalidFieldException("question", "1 to 500 characters");
        }
        return bots.ask(id, question.question(), Boolean.TRUE.equals(question.recordMiss()));
    }

    @GET
    @Path("{id}/misses")
    public List<MissView> misses(@PathParam("id") long id, @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                 @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return bots.misses(id, offset, limit);
    }

    /** Question mining (FL-3): the misses of the last days grouped by what they ask, with the closest rule. */
    @GET
    @Path("{id}/misses/groups")
    public MissGroupPage missGroups(@PathParam("id") long id, @QueryParam("days") @DefaultValue("30") int days,
                                    @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                    @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return bots.missGroups(id, days, offset, limit);
    }

    /** Teaches the bot questions: into a rule ({@code ruleId}) or as a new rule ({@code answer}). */
    @POST
    @Path("{id}/misses/learn")
    public RuleView learn(@PathParam("id") long id, @NotNull LearnRequest request) {
        return bots.learn(id, request);
    }

    /** Forgets misses not worth a rule. */
    @POST
    @Path("{id}/misses/dismiss")
    public Removed dismiss(@PathParam("id") long id, @NotNull Questions questions) {
        return new Removed(bots.dismiss(id, questions.questions()));
    }
}
