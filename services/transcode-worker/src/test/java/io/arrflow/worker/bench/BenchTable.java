package io.arrflow.worker.bench;

import io.arrflow.model.QualityReport;
import io.arrflow.model.QualityReport.Scores;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** One arrflow profile against the baseline: a row per file, the totals, and the goals. */
record BenchTable(
        QualityReport.Target target,
        List<NaturalCorpus.Item> corpus,
        Map<String, Outcome> baseline,
        Map<String, Outcome> arrflow) {

    private static final String ROW = "%-26s %-15s | %7.1f %7.2f %-11s | %-14s %4s %7.1f %6.1f %7.2f %-11s%n";

    String render(String profile) {
        StringBuilder out = new StringBuilder(String.format(
                "%n=== quality benchmark: arrflow profile %s vs Tdarr basic flow (libx265 fast CRF 25); target VMAF"
                        + " mean >= %.0f, p5 >= %.0f ===%n",
                profile, target.mean(), target.p5()));
        out.append(String.format(
                "%-26s %-15s | %7s %7s %-11s | %-14s %4s %7s %6s %7s %-11s%n",
                "file", "role", "base s", "MB", "VMAF m/p5", "arrflow", "crf", "s", "s q", "MB", "VMAF m/p5"));
        corpus.forEach(item -> out.append(row(item)));
        out.append(totals("whole corpus", i -> true));
        out.append(totals("files both encode", NaturalCorpus.Item::encodedByBoth));
        out.append(totals(
                "files arrflow re-encoded", item -> arrflow.get(item.name()).reEncoded()));
        out.append(goals());
        return out.toString();
    }

    List<String> swappedUnderTarget() {
        return corpus.stream()
                .map(NaturalCorpus.Item::name)
                .filter(name -> arrflow.get(name).misses(target))
                .toList();
    }

    private String row(NaturalCorpus.Item item) {
        Outcome b = baseline.get(item.name());
        Outcome a = arrflow.get(item.name());
        return String.format(
                        ROW,
                        item.name(),
                        item.role(),
                        b.seconds(),
                        b.bytes() / 1e6,
                        scores(b.vmaf()),
                        a.result(),
                        a.crf(),
                        a.seconds(),
                        a.searchSeconds() + a.gateSeconds(),
                        a.bytes() / 1e6,
                        a.reEncoded() ? scores(a.vmaf()) : "(not re-encoded)")
                + (a.reason().isEmpty() ? "" : "    reason: " + a.reason() + System.lineSeparator());
    }

    private String totals(String title, Predicate<NaturalCorpus.Item> which) {
        List<String> names =
                corpus.stream().filter(which).map(NaturalCorpus.Item::name).toList();
        return String.format(
                "-- %s: baseline %.1f s %.2f MB; arrflow %.1f s (search %.1f s, gate %.1f s) %.2f MB;"
                        + " time ratio %.2f, size ratio %.2f%n",
                title,
                sum(baseline, names, Outcome::seconds),
                sum(baseline, names, o -> o.bytes()) / 1e6,
                sum(arrflow, names, Outcome::seconds),
                sum(arrflow, names, Outcome::searchSeconds),
                sum(arrflow, names, Outcome::gateSeconds),
                sum(arrflow, names, o -> o.bytes()) / 1e6,
                sum(arrflow, names, Outcome::seconds) / sum(baseline, names, Outcome::seconds),
                sum(arrflow, names, o -> o.bytes()) / sum(baseline, names, o -> o.bytes()));
    }

    private String goals() {
        List<String> names = corpus.stream().map(NaturalCorpus.Item::name).toList();
        double time = sum(arrflow, names, Outcome::seconds) / sum(baseline, names, Outcome::seconds);
        double size = sum(arrflow, names, o -> o.bytes()) / sum(baseline, names, o -> o.bytes());
        double quality = sum(arrflow, names, o -> o.searchSeconds() + o.gateSeconds());
        List<String> under = swappedUnderTarget();
        long baselineMisses =
                names.stream().filter(n -> baseline.get(n).misses(target)).count();
        return String.format(
                "goals: time %.2f <= 0.60 %s; size %.2f <= 0.80 %s; swapped under target: %d %s;"
                        + " baseline outputs under target: %d of %d; search+gate share of arrflow's time %.0f %%%n",
                time,
                time <= 0.60 ? "met" : "MISSED",
                size,
                size <= 0.80 ? "met" : "MISSED",
                under.size(),
                under.isEmpty() ? "met" : "MISSED " + under,
                baselineMisses,
                names.size(),
                100 * quality / sum(arrflow, names, Outcome::seconds));
    }

    private static double sum(Map<String, Outcome> outcomes, List<String> names, ToDoubleFunction<Outcome> f) {
        return names.stream().mapToDouble(n -> f.applyAsDouble(outcomes.get(n))).sum();
    }

    private static String scores(Scores s) {
        return String.format("%.1f/%.1f", s.mean(), s.p5());
    }
}
