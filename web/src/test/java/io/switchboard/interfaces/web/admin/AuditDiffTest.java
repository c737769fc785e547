package io.switchboard.interfaces.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.switchboard.interfaces.web.admin.AuditDiff.Change;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditDiffTest {

    @Test
    void anUpdateListsOnlyTheFieldsThatChangedWithNestedPaths() {
        String before = "{\"name\":\"Shop\",\"settings\":{\"button\":{\"color\":\"#1677ff\",\"text\":\"在线客服\"},\"recordTrail\":true}}";
        String after = "{\"name\":\"Shop\",\"settings\":{\"button\":{\"color\":\"#ff0000\",\"text\":\"在线客服\"},\"recordTrail\":false}}";
        assertEquals(List.of(new Change("settings.button.color", "#1677ff", "#ff0000"),
                new Change("settings.recordTrail", "true", "false")), AuditDiff.changes(before, after));
    }

    @Test
    void aCreationListsEveryFieldAsAddedAndADeletionAsRemoved() {
        String agent = "{\"username\":\"wang\",\"displayName\":\"小王\",\"groups\":[\"售前\",\"VIP\"],\"maxConcurrent\":null}";
        assertEquals(List.of(new Change("username", null, "wang"), new Change("displayName", null, "小王"),
                new Change("groups", null, "VIP, 售前"), new Change("maxConcurrent", null, "")),
                AuditDiff.changes(null, agent));
        assertEquals(new Change("username", "wang", null), AuditDiff.changes(agent, null).get(0));
    }

    @Test
    void theSameNamesInAnotherOrderAreNoChange() {
        assertEquals(List.of(), AuditDiff.changes("{\"workdays\":[\"MONDAY\",\"FRIDAY\"]}", "{\"workdays\":[\"FRIDAY\",\"MONDAY\"]}"));
        assertEquals("王小明", AuditDiff.name(null, "{\"username\":\"wang\",\"nickname\":\"王小明\"}"));
    }

    @Test
    void listsAreComparedWholeAndAddedOrRemovedFieldsShow() {
        assertEquals(List.of(new Change("members", "[{\"agentId\":1}]", "[{\"agentId\":1},{\"agentId\":2}]"),
                new Change("note", null, "x")),
                AuditDiff.changes("{\"members\":[{\"agentId\":1}]}", "{\"members\":[{\"agentId\":1},{\"agentId\":2}],\"note\":\"x\"}"));
    }

    @Test
    void theNameComesFromTheDocumentAndOldPlainValuesStillShow() {
        assertEquals("小王", AuditDiff.name("{\"displayName\":\"小王\",\"username\":\"wang\"}", null));
        assertEquals("傻瓜", AuditDiff.name(null, "{\"id\":3,\"word\":\"傻瓜\"}"));
        assertNull(AuditDiff.name(null, "{\"id\":3}"));
        assertEquals(List.of(new Change("value", "BLOCK", "WARN")), AuditDiff.changes("\"BLOCK\"", "\"WARN\""));
        assertEquals(List.of(new Change("value", null, "not json {")), AuditDiff.changes(null, "not json {"));
    }
}
