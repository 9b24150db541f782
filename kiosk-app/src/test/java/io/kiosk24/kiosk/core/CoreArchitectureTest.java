package io.kiosk24.kiosk.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "io.kiosk24.kiosk.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule coreKnowsNoJavaFx =
      noClasses()
          .that()
          .resideInAPackage("io.kiosk24.kiosk.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "com.sun.javafx..", "com.sun.glass..")
          .because("the kiosk core is tested and run without a toolkit (DESIGN.md)");

  @ArchTest
  static final ArchRule coreKnowsNoUi =
      noClasses()
          .that()
          .resideInAPackage("io.kiosk24.kiosk.core..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.kiosk24.kiosk.ui..");
}
