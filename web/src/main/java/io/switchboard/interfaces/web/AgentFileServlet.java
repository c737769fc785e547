package io.switchboard.interfaces.web;

import io.switchboard.application.AgentDeskService;
import io.switchboard.application.AgentDeskService.DeskAgent;
import io.switchboard.application.AttachmentService;
import io.switchboard.application.ConflictException;
import io.switchboard.application.FileDownload;
import io.switchboard.application.RejectedContentException;
import io.switchboard.application.AttachmentView;
import io.switchboard.application.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Images and files in the workbench (CH-11), behind the login of {@code /agent/*}.
 * <ul>
 * <li>{@code GET /agent/files/ID}: a file of the signed-in user's tenant, served with the sniffed type,
 * {@code nosniff} and a sandboxing CSP; images inline, everything else as a download with its original name.</li>
 * <li>{@code POST /agent/files?conversation=ID} (multipart, part {@code file}): the agent sends an image or file
 * in a conversation they hold; it arrives in the transcript by the usual push. Only from this site's own pages
 * (the {@code Origin} must be this host), so another site cannot make a signed-in agent send something.</li>
 * </ul>
 * Answers are JSON: {@code {"id": ...}} or {@code {"error": "..."}} with 4xx.
 */
@WebServlet("/agent/files/*")
@MultipartConfig(maxFileSize = 20L * 1024 * 1024, maxRequestSize = 21L * 1024 * 1024)
public class AgentFileServlet extends HttpServlet {

    /** Looked up once: {@code Json.createX} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttachmentService attachments;
    @Inject
    transient AgentDeskService desk;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setContentType("application/json;charset=UTF-8");
        String origin = request.getHeader("Origin");
        String self = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
        if (origin == null || !(origin.equals(self) || sameHost(origin, request.getHeader("Host")))) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, "error", "uploads are accepted from this site's pages only");
            return;
        }
        long conversationId;
        try {
            conversationId = Long.parseLong(request.getParameter("conversation"));
        } catch (NumberFormatException e) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, "error", "conversation: a conversation id is required");
            return;
        }
        Part part;
        try {
            part = request.getPart("file");
        } catch (IllegalStateException e) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error", "file: larger than 20 MB");
            return;
        }
        if (part == null || part.getSubmittedFileName() == null) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, "error", "file: choose a file");
            return;
        }
        DeskAgent agent = desk.identify(request.getUserPrincipal().getName()).orElse(null);
        if (agent == null) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, "error", "no seat for this login");
            return;
        }
        try (InputStream in = part.getInputStream()) {
            AttachmentView stored = attachments.upload("agent:" + agent.agentId(), part.getSubmittedFileName(), in);
            desk.sendAttachment(agent, conversationId, stored.id());
            answer(response, HttpServletResponse.SC_OK, "id", stored.id());
        } catch (RuntimeException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            int status = cause instanceof NotFoundException ? HttpServletResponse.SC_NOT_FOUND
                    : cause instanceof RejectedContentException ? HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE
                    : cause instanceof ConflictException ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_BAD_REQUEST;
            answer(response, status, "error", AgentSocket.message(e));
        }
    }

    private static boolean sameHost(String origin, String host) {
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private static void answer(HttpServletResponse response, int status, String key, String value) throws IOException {
        response.setStatus(status);
        response.getWriter().write(JSON.createObjectBuilder().add(key, value).build().toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        AttachmentService.StoredFile file;
        try {
            file = attachments.open(id);
        } catch (NotFoundException | EJBException | IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentView a = file.attachment();
        response.setContentType(a.contentType());
        FileDownload.headers(a).forEach(response::setHeader);
        response.setContentLengthLong(a.sizeBytes());
        Files.copy(file.path(), response.getOutputStream());
    }
}
