package io.switchboard.interfaces.rest;

import io.switchboard.application.WidgetSiteService;
import io.switchboard.domain.model.site.WidgetSite;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/** Websites that embed the widget. The secret (for signed visitor identities) is shown only when created. */
@Path("v1/widget-sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WidgetSiteResource {

    @Inject
    WidgetSiteService sites;

    public record SiteRequest(@NotBlank @Size(max = 100) String name) {
    }

    public record SiteDto(long id, String name, String siteKey, String secret, Instant createdAt) {
        static SiteDto of(WidgetSite s, boolean withSecret) {
            return new SiteDto(s.getId(), s.getName(), s.getSiteKey(), withSecret ? s.getSecret() : null, s.getCreatedAt());
        }
    }

    @GET
    public Page<SiteDto> list(@QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                              @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return new Page<>(sites.list(offset, limit).stream().map(s -> SiteDto.of(s, false)).toList(), offset, limit,
                sites.count());
    }

    @POST
    public Response create(@NotNull @Valid SiteRequest request, @Context UriInfo uri) {
        SiteDto created = SiteDto.of(sites.create(request.name()), true);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
