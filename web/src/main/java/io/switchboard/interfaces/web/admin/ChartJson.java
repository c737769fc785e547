package io.switchboard.interfaces.web.admin;

import io.switchboard.infrastructure.json.JsonProviders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The Chart.js configurations the console's {@code p:chart} draws (PrimeFaces bundles Chart.js; no CDN). */
final class ChartJson {

    static final List<String> COLORS = List.of("#1677ff", "#52c41a", "#fa8c16", "#eb2f96", "#13c2c2", "#722ed1",
            "#faad14", "#a0d911", "#8c8c8c");

    private ChartJson() {
    }

    static String color(int i) {
        return COLORS.get(i % COLORS.size());
    }

    static JsonArrayBuilder labels(List<String> labels) {
        JsonArrayBuilder out = JsonProviders.PROVIDER.createArrayBuilder();
        labels.forEach(out::add);
        return out;
    }

    /** One series; a missing value (null) is a gap. */
    static JsonObjectBuilder series(String label, List<? extends Number> values, String color) {
        JsonArrayBuilder data = JsonProviders.PROVIDER.createArrayBuilder();
        for (Number v : values) {
            if (v == null) {
                data.addNull();
            } else if (v instanceof Double || v instanceof Float) {
                data.add(Math.round(v.doubleValue() * 100) / 100.0);
            } else {
                data.add(v.longValue());
            }
        }
        return JsonProviders.PROVIDER.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", color).add("borderColor", color);
    }

    /**
     * A bar or line chart of the series over the labels, stacked or side by side, without animation;
     * {@code counts}: the y axis in whole steps.
     */
    static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder sets, boolean stacked, boolean legend,
                        boolean counts) {
        JsonObjectBuilder y = JsonProviders.PROVIDER.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true);
        if (counts) {
            y.add("ticks", JsonProviders.PROVIDER.createObjectBuilder().add("precision", 0));
        }
        JsonObjectBuilder axis = JsonProviders.PROVIDER.createObjectBuilder().add("stacked", stacked);
        return JsonProviders.PROVIDER.createObjectBuilder().add("type", type)
                .add("data", JsonProviders.PROVIDER.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", JsonProviders.PROVIDER.createObjectBuilder().add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("plugins", JsonProviders.PROVIDER.createObjectBuilder().add("legend",
                                JsonProviders.PROVIDER.createObjectBuilder().add("display", legend)))
                        .add("scales", JsonProviders.PROVIDER.createObjectBuilder().add("x", axis).add("y", y)))
                .build().toString();
    }
}
