package org.dateline.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Inputs the tests write themselves: a gzipped WARC of news pages and a JSON Lines dump with one broken line. */
final class TestPages {
    private TestPages() {}

    static final String[][] PAGES = {
        {"https://news.example/2023/03/14/talks", "2023-03-14T09:30:00Z", "Envoys meet in Geneva over grain deal",
            "GENEVA, March 14 (Example News) -- Turkish Foreign Minister Mevlut Cavusoglu met United Nations "
                + "Secretary-General Antonio Guterres in Geneva on Tuesday to discuss extending the grain deal.|"
                + "\"We want the corridor to stay open,\" Cavusoglu told reporters after the meeting.|"
                + "Russian officials said on Monday that Moscow would decide next week whether to stay in the deal."},
        {"https://news.example/2023/03/15/visit", "2023-03-15T11:00:00Z", "Japanese premier to visit Seoul",
            "TOKYO, March 15 (Example News) -- Japanese Prime Minister Fumio Kishida will travel to Seoul next "
                + "month for talks with South Korean President Yoon Suk Yeol, officials in Tokyo said on Wednesday.|"
                + "The two leaders last met in November on the sidelines of a summit in Cambodia.|"
                + "Kishida said the visit would open \"a new chapter\" in relations between the two neighbours."},
        {"https://news.example/2023/03/16/aid", "2023-03-16T08:15:00Z", "Aid convoy reaches northern town",
            "ALEPPO, March 16 (Example News) -- A convoy of the World Food Programme reached the town of Jandaris "
                + "on Thursday, three days after the road reopened, the agency said in a statement.|"
                + "The convoy carried flour and medicine for about 20,000 people, according to a spokesman."},
    };

    static Path writeWarc(Path dir) throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (String[] page : PAGES) {
                StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                        .append(page[2]).append(" | Example News</title></head><body><nav><a href=\"/\">Home</a> "
                                + "<a href=\"/world\">World</a></nav><article><h1>").append(page[2]).append("</h1>");
                for (String p : page[3].split("\\|")) html.append("<p>").append(p).append("</p>");
                html.append("</article><footer>Copyright Example News</footer></body></html>");
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"),
                                html.toString().getBytes(StandardCharsets.UTF_8)).build();
                w.write(new WarcResponse.Builder(URI.create(page[0])).date(Instant.parse(page[1])).body(http).build());
            }
        }
        return file;
    }

    /** Two good wire stories around one line that is not JSON. */
    static Path writeJsonl(Path dir) throws IOException {
        Path file = dir.resolve("wire.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"wire-1\",\"date\":\"2023-03-17\",\"title\":\"Ministers agree on fishing quotas\","
                        + "\"text\":\"BRUSSELS, March 17 -- European Union fisheries ministers agreed on Friday to "
                        + "cut cod quotas in the Baltic Sea, the Swedish presidency said.\"}",
                "{\"id\": \"wire-2\", this is not json",
                "{\"id\":\"wire-3\",\"date\":\"2023-03-18\",\"title\":\"Court delays ruling\",\"text\":\"NAIROBI, "
                        + "March 18 -- Kenya's Supreme Court postponed its ruling on the election petition until "
                        + "Monday, Chief Justice Martha Koome said on Saturday.\"}") + "\n");
        return file;
    }
}
