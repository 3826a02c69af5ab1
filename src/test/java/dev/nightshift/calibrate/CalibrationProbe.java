package dev.nightshift.calibrate;

import dev.nightshift.scenario.Scenario;
import java.util.List;

public final class CalibrationProbe {
    public static List<CalibrationReport.PlayerResult> engineers(Scenario s, int seeds) {
        return Calibration.engineers(s, seeds);
    }
}
