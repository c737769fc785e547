package io.switchboard.interfaces.web;

import io.switchboard.domain.model.account.Role;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The site root sends each user to their desk, or to the login page. */
@WebServlet("")
public class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target;
        if (request.isUserInRole(Role.ADMIN.name()) || request.isUserInRole(Role.SUPERVISOR.name())) {
            target = Role.ADMIN.homePath();
        } else if (request.isUserInRole(Role.AGENT.name())) {
            target = Role.AGENT.homePath();
        } else {
            target = "/login.xhtml";
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
