package io.switchboard.domain.model.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SensitiveWordsTest {

    private final SensitiveWords words = new SensitiveWords(List.of("傻瓜", " SPAM ", "spam", "", "代开发票"));

    @Test
    void findsWordsInsideTextIgnoringCaseOncePerWord() {
        assertEquals(List.of("傻瓜", "spam"), words.find("你这个傻瓜，别发Spam了，傻瓜"));
        assertEquals(List.of("代开发票"), words.find("可以代开发票吗"));
    }

    @Test
    void cleanTextAndAnEmptyListFindNothing() {
        assertEquals(List.of(), words.find("你好，请问发货时间"));
        assertEquals(List.of(), words.find(""));
        assertTrue(new SensitiveWords(List.of(" ", "")).isEmpty());
        assertEquals(List.of(), new SensitiveWords(List.of()).find("傻瓜"));
    }
}
