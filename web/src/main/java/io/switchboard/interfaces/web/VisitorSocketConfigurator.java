package io.switchboard.interfaces.web;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;

/**
 * Puts the client address that {@link VisitorSocketAddressFilter} recorded into the user properties of this one
 * connection (the map handed to {@code modifyHandshake} is per connection). Without the filter there is no address,
 * and {@link VisitorSocket} refuses every pass: it fails closed.
 */
public class VisitorSocketConfigurator extends ServerEndpointConfig.Configurator {

    /** User property with the client address of the handshake. */
    static final String CLIENT_ADDRESS = "switchboard.visitor.address";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        List<String> values = request.getHeaders().get(VisitorSocketAddressFilter.HEADER);
        if (values != null && !values.isEmpty() && values.get(0) != null) {
            config.getUserProperties().put(CLIENT_ADDRESS, values.get(0));
        } else {
            config.getUserProperties().remove(CLIENT_ADDRESS);
        }
    }
}
