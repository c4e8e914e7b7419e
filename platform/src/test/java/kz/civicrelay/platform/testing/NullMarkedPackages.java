package kz.civicrelay.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.jspecify.annotations.NullMarked;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Every package of main code is {@code @NullMarked} in its {@code package-info.java}, so the compiler's
 * null check (NullAway, which only looks at null-marked code) covers it; a new package without one
 * would escape the check unnoticed.
 */
public final class NullMarkedPackages {

    private NullMarkedPackages() {
    }

    /** The rule for the classes an {@code @AnalyzeClasses} imports (main code only). */
    public static ArchRule rule() {
        return classes().should(new ArchCondition<JavaClass>("reside in a @NullMarked package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean marked = item.getPackage().isAnnotatedWith(NullMarked.class);
                events.add(new SimpleConditionEvent(item, marked, item.getName() + " is in package "
                        + item.getPackageName() + ", which has no @NullMarked package-info.java"));
            }
        });
    }
}
