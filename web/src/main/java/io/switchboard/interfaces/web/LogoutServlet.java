package io.switchboard.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Ends the login and the session; POST only, so a link on another site cannot log a user out. */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // an administrator set the agent offline (AD-1): the workbench signs out and the login page says why
        boolean forced = "true".equals(request.getParameter("forced"));
        response.sendRedirect(request.getContextPath() + (forced ? "/login.xhtml?forced=true" : "/login.xhtml?loggedOut=true"));
    }
}
