package io.kiosk24.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lines between layers, checked over every module's production classes (docs/architecture.md
 * explains why each exists). Change a rule only with its reason written beside it.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.kiosk24");
  }

  @Test
  void everyModuleIsImported() {
    org.assertj.core.api.Assertions.assertThat(classes.stream().map(c -> c.getPackageName()))
        .anyMatch(p -> p.startsWith("io.kiosk24.devices"))
        .anyMatch(p -> p.startsWith("io.kiosk24.fleet.protocol"))
        .anyMatch(p -> p.startsWith("io.kiosk24.kiosk.core"))
        .anyMatch(p -> p.startsWith("io.kiosk24.kiosk.ui"))
        .anyMatch(p -> p.startsWith("io.kiosk24.provisioning"))
        .anyMatch(p -> p.startsWith("io.kiosk24.console"));
  }

  /** Drivers serve any front end: no UI toolkit, no fleet transport, no citizen flow. */
  @Test
  void devicesKnowNothingOfJavaFxMqttOrTheTerminal() {
    noClasses()
        .that()
        .resideInAPackage("io.kiosk24.devices..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..",
            "org.eclipse.paho..",
            "com.hivemq..",
            "io.kiosk24.kiosk..",
            "io.kiosk24.fleet..",
            "io.kiosk24.console..",
            "io.kiosk24.provisioning..")
        .check(classes);
  }

  /** The terminal's logic runs headless and is tested without a toolkit; the UI is a view. */
  @Test
  void terminalCoreKnowsNothingOfJavaFx() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.kiosk24.kiosk.core..", "io.kiosk24.kiosk.fleet..", "io.kiosk24.kiosk.config..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "io.kiosk24.kiosk.ui..")
        .check(classes);
  }

  /** The fleet contract is shared by both ends, so it depends on neither. */
  @Test
  void fleetProtocolDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("io.kiosk24.fleet.protocol..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.kiosk24.devices..",
            "io.kiosk24.kiosk..",
            "io.kiosk24.console..",
            "io.kiosk24.provisioning..",
            "javafx..")
        .check(classes);
  }

  /** The console manages terminals through the protocol only, never through their code. */
  @Test
  void consoleSeesTerminalsOnlyThroughTheProtocol() {
    noClasses()
        .that()
        .resideInAPackage("io.kiosk24.console..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.kiosk24.devices..", "io.kiosk24.kiosk..", "io.kiosk24.provisioning..", "javafx..")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("io.kiosk24.(**)").should().beFreeOfCycles().check(classes);
  }
}
