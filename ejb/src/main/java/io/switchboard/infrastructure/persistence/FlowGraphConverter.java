package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.flow.FlowGraph;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link FlowGraph} as one JSON document (JSON-B, unset fields left out): read and written as a whole. */
@Converter
public class FlowGraphConverter implements AttributeConverter<FlowGraph, String> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @Override
    public String convertToDatabaseColumn(FlowGraph graph) {
        return graph == null ? null : JSONB.toJson(graph);
    }

    @Override
    public FlowGraph convertToEntityAttribute(String json) {
        return json == null ? null : JSONB.fromJson(json, FlowGraph.class);
    }

    /** A graph from its JSON (the designer's canvas); {@link jakarta.json.bind.JsonbException} when it is not one. */
    public static FlowGraph fromJson(String json) {
        FlowGraph g = JSONB.fromJson(json, FlowGraph.class);
        if (g == null) {
            throw new IllegalArgumentException("not a flow graph");
        }
        return g;
    }

    /** The graph as the JSON a column and an export hold. */
    public static String toJson(FlowGraph graph) {
        return JSONB.toJson(graph);
    }
}
