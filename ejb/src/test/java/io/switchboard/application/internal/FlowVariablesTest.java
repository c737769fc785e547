package io.switchboard.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowVariablesTest {

    @Test
    void variablesSurviveTheRoundTripWithQuotesAndChinese() {
        Map<String, String> v = Map.of("phone", "13800138000", "note", "他说 \"你好\"\n再见", "empty", "");
        assertEquals(v, FlowVariables.parse(FlowVariables.json(v)));
    }

    @Test
    void nothingStoredIsNoVariables() {
        assertEquals(Map.of(), FlowVariables.parse(null));
        assertEquals(Map.of(), FlowVariables.parse("{}"));
    }

    @Test
    void aNonTextValueIsReadAsItsJson() {
        assertEquals(Map.of("n", "3"), FlowVariables.parse("{\"n\":3}"));
    }
}
