import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.dateline.store.geo.Gazetteer;
import org.dateline.store.geo.GeoPlace;

/**
 * Reads "place<TAB>dateline country (alpha-3, may be empty)" lines on stdin and prints how the gazetteer resolves
 * each: text, match, name, country, latitude, longitude. Run by bench/geocode-sample.sh (java's source launcher).
 */
public class GeocodePlaces {
    public static void main(String[] args) throws Exception {
        Gazetteer g = Gazetteer.standard();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] f = line.split("\t", -1);
            GeoPlace p = g.resolve(f[0], f.length > 1 && !f[1].isEmpty() ? f[1] : null);
            System.out.println(String.join("\t", p.text(), p.match().name(), String.valueOf(p.name()),
                    String.valueOf(p.country()), String.valueOf(p.latitude()), String.valueOf(p.longitude())));
        }
    }
}
