package dev.nightshift.engineer;

import dev.nightshift.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

class ExploreTest {
    @Test
    void explore() throws Exception {
        ScenarioLibrary lib = ScenarioLibrary.bundled();
        for (String id : System.getProperty("ids", "tutorial-brute-force").split(",")) {
            if (Boolean.getBoolean("timing")) {
                long t = System.nanoTime();
                ChangeWindow w = ChangeWindow.open(lib.load(id), lib.load(id).seed());
                long t1 = System.nanoTime();
                var s = Suggestions.of(w);
                long t2 = System.nanoTime();
                ChangeWindow.deployTogether(java.util.List.of(w.fork(), w.fork(), w.fork(), w.fork()));
                long t3 = System.nanoTime();
                System.out.println(id + " open " + (t1 - t) / 1e6 + " suggest " + (t2 - t1) / 1e6 + " deploy4 " + (t3 - t2) / 1e6);
                s.forEach(x -> System.out.println("   " + x));
                continue;
            }
            long t = System.nanoTime();
            var results = dev.nightshift.calibrate.CalibrationProbe.engineers(lib.load(id), Integer.getInteger("seeds", 1));
            System.out.println("== " + id + " " + (System.nanoTime() - t) / 1_000_000 + " ms");
            for (var r : results) {
                System.out.println("  " + r.player() + " " + r.scores());
                if (System.getProperty("card", "").equals(r.player()) || System.getProperty("card", "").equals("all")) {
                    r.engineerCards().forEach(c -> System.out.println(dev.nightshift.report.EngineerReport.text(c)));
                }
            }
        }
    }
}
