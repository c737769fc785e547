package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.site.WidgetSettings;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores {@link WidgetSettings} as one JSON document (JSON-B). The settings are read and written as a whole and
 * never queried by field, and new settings need no schema change.
 */
@Converter
public class WidgetSettingsConverter implements AttributeConverter<WidgetSettings, String> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Override
    public String convertToDatabaseColumn(WidgetSettings settings) {
        return settings == null ? null : JSONB.toJson(settings);
    }

    @Override
    public WidgetSettings convertToEntityAttribute(String json) {
        return json == null ? null : JSONB.fromJson(json, WidgetSettings.class);
    }
}
