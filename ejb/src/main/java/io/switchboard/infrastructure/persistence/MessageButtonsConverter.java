package io.switchboard.infrastructure.persistence;

import io.switchboard.infrastructure.json.JsonProviders;
import io.switchboard.domain.model.conversation.MessageButton;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/** A bot line's buttons as a JSON array of {@code {"key","label"}} (null: none). */
@Converter
public class MessageButtonsConverter implements AttributeConverter<List<MessageButton>, String> {

    @Override
    public String convertToDatabaseColumn(List<MessageButton> buttons) {
        if (buttons == null || buttons.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = JsonProviders.PROVIDER.createArrayBuilder();
        buttons.forEach(b -> array.add(JsonProviders.PROVIDER.createObjectBuilder().add("key", b.key()).add("label", b.label())));
        return array.build().toString();
    }

    @Override
    public List<MessageButton> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = JsonProviders.PROVIDER.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new MessageButton(o.getString("key"), o.getString("label"))).toList();
        }
    }
}
