package org.dateline.core.read.html;

import java.net.URI;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A list inside the story whose every link leads off the site: the products a guide recommends, the sources a
 * report cites, the courses another school offers. A list of bare links is otherwise taken for furniture (readability
 * drops it by its link density, trafilatura by its links' share of a short block), and rightly so when the links lead
 * to the site's own pages: its menus, its related stories, its tags. A site's furniture does not send the reader
 * away to other sites; the story's own list does. Share buttons (links to a social network's share page) are short
 * lines of furniture ("Facebook", "Share on X") that {@link Furniture} takes out, or blocks named for sharing that
 * the cleaners remove first.
 *
 * <p>Sites are told apart by their registrable name: the last two labels of the host ("example.com"), or three
 * under a country's second level ("example.co.uk"), so that a site's own subdomains ("blog.example.com") are the
 * site. A page read without its address has no site to leave: no list is outbound there.
 */
final class OutboundLists {
    /** The longest second-level label taken for a country's registry level ("co", "com", "ne" in "co.uk"). */
    private static final int REGISTRY_LABEL = 3;

    private OutboundLists() {}

    /**
     * Whether {@code block} is a list with items, or a wrapper holding nothing but one, every link of which leads to
     * another site than the page's.
     */
    static boolean isOutbound(Element block) {
        Element list = block;
        while (!isList(list) && list.childrenSize() == 1) list = list.child(0);
        return isList(list) && isOutboundList(list);
    }

    /** Whether the list {@code list} (a ul or ol) has items and links, all of them to another site than the page's. */
    static boolean isOutboundList(Element list) {
        if (list.getElementsByTag("li").isEmpty()) return false;
        Document doc = list.ownerDocument();
        String page = doc == null ? null : site(doc.location());
        if (page == null) return false;
        int links = 0;
        for (Element a : list.getElementsByTag("a")) {
            if (!a.hasAttr("href")) continue;
            String there = site(a.absUrl("href"));
            if (there == null || there.equals(page)) return false;
            links++;
        }
        return links > 0;
    }

    private static boolean isList(Element e) {
        return e.normalName().equals("ul") || e.normalName().equals("ol");
    }

    /** The registrable name of an http(s) address's host, lower case; null for another scheme or no host. */
    static String site(String url) {
        if (url == null || url.isBlank()) return null;
        String host;
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) return null;
            host = u.getHost();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        if (host == null || host.isEmpty()) return null;
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int n = labels.length;
        if (n <= 2) return String.join(".", labels);
        boolean registry = labels[n - 1].length() == 2 && labels[n - 2].length() <= REGISTRY_LABEL;
        int keep = registry ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }
}
