package io.switchboard.interfaces.rest;

import io.switchboard.application.BlacklistService;
import io.switchboard.domain.model.blacklist.BlacklistEntry;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/** The blacklist (黑名单): visitor ids and IP addresses refused on every channel. */
@Path("v1/blacklist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BlacklistResource {

    @Inject
    BlacklistService blacklist;

    public record EntryRequest(@NotNull BlacklistEntry.Kind kind, @NotBlank @Size(max = 100) String value,
            @Size(max = 200) String reason, Instant until) {
    }

    public record EntryDto(long id, BlacklistEntry.Kind kind, String value, String reason, Instant createdAt,
            Instant until, String operator) {
        static EntryDto of(BlacklistEntry e) {
            return new EntryDto(e.getId(), e.getKind(), e.getValue(), e.getReason(), e.getCreatedAt(), e.getExpiresAt(),
                    e.getOperator());
        }
    }

    @GET
    public Page<EntryDto> list(@QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                               @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return new Page<>(blacklist.list(offset, limit).stream().map(EntryDto::of).toList(), offset, limit, blacklist.count());
    }

    @POST
    public Response add(@NotNull @Valid EntryRequest request, @Context UriInfo uri) {
        EntryDto created = EntryDto.of(blacklist.add(request.kind(), request.value(), request.reason(), request.until()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        blacklist.remove(id);
        return Response.noContent().build();
    }
}
