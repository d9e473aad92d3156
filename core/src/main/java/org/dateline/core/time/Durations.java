package org.dateline.core.time;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes TimeML durations: P3D, PT16H, P2Y6M for "2 1/2 years", PXY for "several years". */
final class Durations {
    private Durations() {}

    /** A DURATION resolution, or null when the quantity cannot be written. */
    static Resolution resolve(BigDecimal n, String code, String approxWord) {
        String v = value(n, code);
        if (v == null) return null;
        return new Resolution("DURATION", v, Rx.durMod(approxWord), Basis.TEXT);
    }

    static String value(BigDecimal n, String code) {
        if (n == null) return null;
        boolean time = code.startsWith("T");
        String unit = time ? code.substring(1) : code;
        if (unit.equals("WE")) unit = "D";
        if (unit.equals("2W")) {
            unit = "W";
            if (n.signum() >= 0) n = n.multiply(BigDecimal.valueOf(2));
        }
        if (unit.equals("E") || unit.equals("C") || unit.equals("L")) {
            if (n.signum() < 0) return "PX" + unit;
            n = n.multiply(BigDecimal.valueOf(unit.equals("E") ? 10 : unit.equals("C") ? 100 : 1000));
            unit = "Y";
        }
        String prefix = time ? "PT" : "P";
        if (n.signum() < 0) return prefix + "X" + unit;
        BigDecimal whole = n.setScale(0, RoundingMode.DOWN);
        BigDecimal frac = n.subtract(whole);
        if (frac.signum() == 0) return prefix + whole.toPlainString() + unit;
        String smaller;
        BigDecimal factor;
        switch (unit) {
            case "Y" -> { smaller = "M"; factor = BigDecimal.valueOf(12); }
            case "Q" -> { smaller = "M"; factor = BigDecimal.valueOf(3); }
            case "M" -> { smaller = "D"; factor = BigDecimal.valueOf(30); }
            case "W" -> { smaller = "D"; factor = BigDecimal.valueOf(7); }
            case "D" -> { smaller = "TH"; factor = BigDecimal.valueOf(24); }
            case "H" -> { smaller = "M"; factor = BigDecimal.valueOf(60); }
            default -> { return null; }
        }
        if (time && unit.equals("M")) {
            smaller = "S";
            factor = BigDecimal.valueOf(60);
        }
        long part = frac.multiply(factor).setScale(0, RoundingMode.HALF_UP).longValue();
        String head = whole.signum() == 0 ? "" : whole.toPlainString() + unit;
        if (smaller.startsWith("T")) return "P" + (head.isEmpty() ? "" : head) + "T" + part + smaller.substring(1);
        return prefix + head + part + smaller;
    }
}
