package io.switchboard.interfaces.rest;

import io.switchboard.application.ModerationService;
import io.switchboard.application.ModerationService.Verdict;
import io.switchboard.application.ModerationService.WordView;
import io.switchboard.domain.model.moderation.SensitiveMode;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.Arrays;
import java.util.List;

/** Sensitive words (敏感词, AD-7): the list, its import, the mode (BLOCK / WARN) and a check for agents (AG-7). */
@Path("v1/sensitive-words")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SensitiveWordResource {

    @Inject
    ModerationService moderation;

    public record WordRequest(@NotBlank @Size(max = 100) String word) {
    }

    public record ModeDto(@NotNull SensitiveMode mode) {
    }

    public record CheckRequest(@NotNull @Size(max = 4000) String text) {
    }

    public record ImportResult(int added, long total) {
    }

    @GET
    public Page<WordView> list(@QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                               @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return new Page<>(moderation.words(offset, limit), offset, limit, moderation.countWords());
    }

    @POST
    public Response add(@NotNull @Valid WordRequest request, @Context UriInfo uri) {
        WordView created = moderation.addWord(request.word());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** One word per line (UTF-8 text, e.g. exported from a spreadsheet); words already listed are skipped. */
    @POST
    @Path("import")
    @Consumes(MediaType.TEXT_PLAIN)
    public ImportResult importWords(String body) {
        List<String> lines = Arrays.stream(body == null ? new String[0] : body.split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        for (String line : lines) {
            if (line.length() > 100) {
                throw new IllegalArgumentException("a word has at most 100 characters: " + line.substring(0, 20) + "…");
            }
        }
        if (lines.size() > 10000) {
            throw new IllegalArgumentException("at most 10000 words per import");
        }
        int added = moderation.importWords(lines);
        return new ImportResult(added, moderation.countWords());
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        moderation.removeWord(id);
        return Response.noContent().build();
    }

    @GET
    @Path("mode")
    public ModeDto mode() {
        return new ModeDto(moderation.mode());
    }

    @PUT
    @Path("mode")
    public ModeDto changeMode(@NotNull @Valid ModeDto request) {
        return new ModeDto(moderation.changeMode(request.mode()));
    }

    /** What a text would trigger: the words found, the mode, and whether it would be refused. */
    @POST
    @Path("check")
    public CheckResult check(@NotNull @Valid CheckRequest request) {
        Verdict v = moderation.check(request.text());
        return new CheckResult(v.words(), v.mode(), v.blocked());
    }

    public record CheckResult(List<String> words, SensitiveMode mode, boolean blocked) {
    }
}
