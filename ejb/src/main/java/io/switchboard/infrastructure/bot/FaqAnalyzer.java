package io.switchboard.infrastructure.bot;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import java.util.List;

/**
 * Words of a visitor's question: smartcn's Chinese word segmentation, lower case, English stems, without punctuation
 * (smartcn's stop set) and without the polite and filler words every question carries (请问, 你好, 吗 …), which say
 * nothing about what is asked.
 */
final class FaqAnalyzer extends Analyzer {

    private static final CharArraySet FILLER = new CharArraySet(List.of("请问", "你好", "您好", "一下", "吗", "呢", "啊",
            "吧", "呀", "哦", "的", "了", "我", "我们", "你", "你们", "您", "想", "要", "问", "问问", "麻烦", "帮", "帮忙",
            "能", "可以", "是", "在", "有", "个", "这", "那", "下", "客服", "谢谢", "hi", "hello", "pleas", "the", "a",
            "i", "my", "to", "is", "can", "how", "do"), false);

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new HMMChineseTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
        stream = new PorterStemFilter(stream);
        stream = new StopFilter(stream, FILLER);
        return new TokenStreamComponents(source, stream);
    }
}
