package io.switchboard.interfaces.rest;

import io.switchboard.application.WidgetSiteService;
import io.switchboard.domain.model.site.WidgetSite;
import io.switchboard.domain.model.site.WidgetSettings;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.DELETE;
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

/**
 * Websites that embed the widget. The secret (for signed visitor identities) is in the creation answer and otherwise
 * only in the answers of {@code POST {id}/secret/reveal} and {@code POST {id}/secret/rotate}, both written to the
 * audit log; reads and lists never carry it.
 */
@Path("v1/widget-sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WidgetSiteResource {

    @Inject
    WidgetSiteService sites;
    @Inject
    SwitchboardSettings settings;

    public record SiteRequest(@NotBlank @Size(max = 100) String name) {
    }

    /** Name and every widget setting (AD-6); PUT replaces both. */
    public record SiteUpdate(@NotBlank @Size(max = 100) String name, @NotNull @Valid WidgetSettings settings) {
    }

    /** {@code embed} is the one line to paste into the site's pages; {@code secret} only in the creation answer. */
    public record SiteDto(long id, String name, String siteKey, String secret, Instant createdAt, String embed,
            WidgetSettings settings) {
    }

    private SiteDto dto(WidgetSite s, boolean withSecret) {
        String embed = s.embedSnippet(settings.publicUrl());
        return new SiteDto(s.getId(), s.getName(), s.getSiteKey(), withSecret ? s.getSecret() : null, s.getCreatedAt(),
                embed, s.getSettings());
    }

    @GET
    public Page<SiteDto> list(@QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                              @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return new Page<>(sites.list(offset, limit).stream().map(s -> dto(s, false)).toList(), offset, limit,
                sites.count());
    }

    @POST
    public Response create(@NotNull @Valid SiteRequest request, @Context UriInfo uri) {
        SiteDto created = dto(sites.create(request.name()), true);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** The site without its secret. */
    @GET
    @Path("{id}")
    public SiteDto get(@PathParam("id") long id) {
        return dto(sites.get(id), false);
    }

    /** The site's secret, for signing visitor identities on the host site's server. */
    public record SecretDto(String secret) {
    }

    /** Shows the secret; the audit log records who asked. Takes no body. */
    @POST
    @Path("{id}/secret/reveal")
    @Consumes(MediaType.WILDCARD)
    public SecretDto revealSecret(@PathParam("id") long id) {
        return new SecretDto(sites.revealSecret(id));
    }

    /** A new secret (audited); signatures made with the old one are refused from now on. Takes no body. */
    @POST
    @Path("{id}/secret/rotate")
    @Consumes(MediaType.WILDCARD)
    public SecretDto rotateSecret(@PathParam("id") long id) {
        return new SecretDto(sites.rotateSecret(id));
    }

    @PUT
    @Path("{id}")
    public SiteDto update(@PathParam("id") long id, @NotNull @Valid SiteUpdate update) {
        return dto(sites.update(id, update.name(), update.settings()), false);
    }

    /** 204; 409 while a conversation that came through the site is open; the site key stops working at once. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        sites.delete(id);
        return Response.noContent().build();
    }
}
