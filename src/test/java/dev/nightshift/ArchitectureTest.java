package dev.nightshift;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The import directions of DESIGN.md: data flows one way, and the shell is a face nothing depends on. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.nightshift");
    }

    @Test
    void nothingImportsTheShell() {
        noClasses().that().resideOutsideOfPackage("dev.nightshift.shell..")
                .should().dependOnClassesThat().resideInAPackage("dev.nightshift.shell..")
                .check(classes);
    }

    /** Bean Validation constraints would be ignored: the build has no validation engine (shell/NoConstraints). */
    @Test
    void noBeanValidationConstraints() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.validation.constraints..",
                        "org.hibernate.validator..")
                .check(classes);
    }

    @Test
    void simImportsNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.nightshift.sim..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.nightshift.attack..", "dev.nightshift.scenario..", "dev.nightshift.world..",
                        "dev.nightshift.telemetry..", "dev.nightshift.detection..", "dev.nightshift.game..",
                        "dev.nightshift.scoring..", "dev.nightshift.report..", "dev.nightshift.store..",
                        "dev.nightshift.shell..", "dev.nightshift.logs..", "dev.nightshift.pipeline..")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("dev.nightshift.attack..", "dev.nightshift.scenario..",
                        "dev.nightshift.world..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.nightshift.telemetry..",
                        "dev.nightshift.detection..", "dev.nightshift.game..", "dev.nightshift.scoring..",
                        "dev.nightshift.report..", "dev.nightshift.store..")
                .check(classes);
        noClasses().that().resideInAnyPackage("dev.nightshift.telemetry..", "dev.nightshift.detection..",
                        "dev.nightshift.logs..", "dev.nightshift.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.nightshift.game..",
                        "dev.nightshift.scoring..", "dev.nightshift.report..", "dev.nightshift.store..")
                .check(classes);
        noClasses().that().resideInAnyPackage("dev.nightshift.scoring..", "dev.nightshift.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.nightshift.game..", "dev.nightshift.store..")
                .check(classes);
    }

    @Test
    void resultFilesKnowNeitherTheGameNorTheStore() {
        noClasses().that().resideInAPackage("dev.nightshift.result..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.nightshift.game..", "dev.nightshift.store..",
                        "dev.nightshift.engineer..", "dev.nightshift.report..", "dev.nightshift.calibrate..")
                .check(classes);
    }

    @Test
    void logReadersAndPipelinesSitBelowDetectionAndTheGeneratorNeedsNeither() {
        noClasses().that().resideInAnyPackage("dev.nightshift.logs..", "dev.nightshift.pipeline..")
                .should().dependOnClassesThat().resideInAPackage("dev.nightshift.detection..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.nightshift.pipeline..")
                .should().dependOnClassesThat().resideInAPackage("dev.nightshift.logs..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.nightshift.telemetry..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.nightshift.logs..", "dev.nightshift.pipeline..")
                .check(classes);
    }

    @Test
    void onlyTheShellConvertsRulesAndTheConverterReadsOnlyRulesAndPipelines() {
        noClasses().that().resideOutsideOfPackages("dev.nightshift.shell..", "dev.nightshift.convert..")
                .should().dependOnClassesThat().resideInAPackage("dev.nightshift.convert..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.nightshift.convert..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.nightshift.game..", "dev.nightshift.store..",
                        "dev.nightshift.scoring..", "dev.nightshift.report..", "dev.nightshift.logs..",
                        "dev.nightshift.engineer..", "dev.nightshift.world..", "dev.nightshift.scenario..")
                .check(classes);
    }

    @Test
    void onlyTheShellStartsTheServerAndTheServerKnowsNoSpringShell() {
        noClasses().that().resideOutsideOfPackages("dev.nightshift.shell..", "dev.nightshift.serve..")
                .should().dependOnClassesThat().resideInAPackage("dev.nightshift.serve..")
                .check(classes);
        noClasses().that().resideInAnyPackage("dev.nightshift.serve..", "dev.nightshift.assess..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.shell..")
                .check(classes);
    }

    @Test
    void onlyTheShellDrivesTheScriptedPlayers() {
        noClasses().that().resideOutsideOfPackages("dev.nightshift.shell..", "dev.nightshift.calibrate..")
                .should().dependOnClassesThat().resideInAPackage("dev.nightshift.calibrate..")
                .check(classes);
    }

    @Test
    void noTraineeCommandReachesTheTruth() {
        noClasses().that().resideInAPackage("dev.nightshift.shell..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.nightshift.game.Hindsight")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("dev.nightshift.calibrate..", "dev.nightshift.game..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.nightshift.game.Hindsight")
                .check(classes);
    }

    @Test
    void theEngineersWindowIsDrivenOnlyByTheShellAndTheScriptedPlayers() {
        // and by an assessment, which opens a candidate's window and deploys it when their time runs out
        noClasses().that().resideOutsideOfPackages("dev.nightshift.shell..", "dev.nightshift.calibrate..",
                        "dev.nightshift.engineer..", "dev.nightshift.assess..")
                .should().dependOnClassesThat().resideInAPackage("dev.nightshift.engineer..")
                .check(classes);
        // the exclusions the truth suggests are for instructors (scenario check) and the scripted engineer only
        noClasses().that().resideOutsideOfPackages("dev.nightshift.calibrate..", "dev.nightshift.engineer..")
                .and().doNotHaveSimpleName("ScenarioCommands")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.nightshift.engineer.Suggestions")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.nightshift.engineer.Suggestions$Suggestion")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dev.nightshift.(*)..").should().beFreeOfCycles().check(classes);
    }
}
