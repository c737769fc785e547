package io.switchboard.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.switchboard.domain.model.conversation.MessageButton;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageButtonsConverterTest {

    private final MessageButtonsConverter converter = new MessageButtonsConverter();

    @Test
    void buttonsAreStoredAsJsonAndReadBackInOrder() {
        List<MessageButton> buttons = List.of(new MessageButton("1", "查订单"), new MessageButton("2", "say \"hi\""));
        String json = converter.convertToDatabaseColumn(buttons);
        assertEquals("[{\"key\":\"1\",\"label\":\"查订单\"},{\"key\":\"2\",\"label\":\"say \\\"hi\\\"\"}]", json);
        assertEquals(buttons, converter.convertToEntityAttribute(json));
    }

    @Test
    void aLineWithoutButtonsStoresNothing() {
        assertNull(converter.convertToDatabaseColumn(List.of()));
        assertEquals(List.of(), converter.convertToEntityAttribute(null));
    }
}
