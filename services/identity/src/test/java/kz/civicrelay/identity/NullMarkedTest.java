package kz.civicrelay.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.jspecify.annotations.NullMarked;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Every package is {@code @NullMarked}, so NullAway checks it (decision 0010). The rule of platform's test jar
 * ({@code NullMarkedPackages}), restated: that jar would bring platform, and with it Kafka, onto this
 * module's classpath.
 */
@AnalyzeClasses(packages = "kz.civicrelay.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class NullMarkedTest {

    @ArchTest
    static final ArchRule everyPackageIsNullMarked = classes().should(
            new ArchCondition<JavaClass>("reside in a @NullMarked package") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    events.add(new SimpleConditionEvent(item, item.getPackage().isAnnotatedWith(NullMarked.class),
                            item.getName() + " is in a package without @NullMarked"));
                }
            });
}
