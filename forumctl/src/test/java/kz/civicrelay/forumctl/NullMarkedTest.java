package kz.civicrelay.forumctl;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import kz.civicrelay.platform.testing.NullMarkedPackages;

@AnalyzeClasses(packages = "kz.civicrelay.forumctl", importOptions = ImportOption.DoNotIncludeTests.class)
class NullMarkedTest {

    @ArchTest
    static final ArchRule everyPackageIsNullMarked = NullMarkedPackages.rule();
}
