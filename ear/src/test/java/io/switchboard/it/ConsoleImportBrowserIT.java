package io.switchboard.it;

import static io.switchboard.it.ConsolePage.click;
import static io.switchboard.it.ConsolePage.text;
import static io.switchboard.it.ConsolePage.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A batch import's row problems in the console's language (issue 18, item 15): the server codes each problem and
 * names its values, the console says it in Chinese; nothing of a file with problems is added.
 */
@ExtendWith(SwitchboardServer.class)
class ConsoleImportBrowserIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void rowProblemsAreSaidInTheConsolesLanguage() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "import-ui");
        Path sheet = Files.createTempFile("agents", ".csv");
        Files.writeString(sheet, "工号,客服姓名,对外昵称,客服邮箱,手机号,分机号,客服角色,技能组,最大接待量,登录名,初始密码\n"
                + "1,张三,小张,zs@example.com,,,,不存在的组,abc,zhang,Long-enough-pw-1\n"
                + "2,李四,小李,ls@example.com,,,,,,zhang,Long-enough-pw-2\n", StandardCharsets.UTF_8);
        try (Chromium admin = new Chromium(1366, 768, "zh-CN")) {
            ConsolePage.login(admin, server, "/admin/agents.xhtml", tenant.adminUsername(), tenant.adminPassword());
            click(admin, By.id("tools:import"));
            until(admin, d -> d.findElement(By.id("import-form:file"))).sendKeys(sheet.toAbsolutePath().toString());
            click(admin, By.id("import-form:upload"));
            String report = until(admin, d -> {
                String t = text(admin, "[id='import-errors']");
                return t.isBlank() ? null : t;
            });
            assertTrue(report.contains("没有名为 不存在的组 的技能组"), report);
            assertTrue(report.contains("abc 不是整数"), report);
            assertTrue(report.contains("zhang 与第 2 行重复"), report);
            assertFalse(report.contains("is not a whole number") || report.contains("no skill group"), report);
            ConsolePage.js(admin, "document.getElementById('import-errors').scrollIntoView()");
            admin.screenshot("console-import-errors-zh");
        }
        assertEquals(1, new Api(server, tenant.apiKey()).get("/api/v1/staff").body().get("total").asInt(),
                "nothing added: only the administrator");
    }
}
