package io.switchboard.domain.model.outbound;

/** An outbound URL or address the {@link OutboundAddressPolicy} does not let Switchboard call; the message says why. */
public class OutboundRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutboundRefusedException(String message) {
        super(message);
    }
}
