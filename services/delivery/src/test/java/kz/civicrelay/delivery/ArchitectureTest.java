package kz.civicrelay.delivery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import kz.civicrelay.events.DeliveryChannel;
import kz.civicrelay.platform.testing.NullMarkedPackages;
import kz.civicrelay.platform.testing.RelayServiceRules;

/**
 * The relay's shared rules (platform's test jar), but for one allowance: the module's contracts ({@code Subscription},
 * {@code Channel}) name the channel by the generated enum {@link DeliveryChannel}, so the domain and the acts may
 * use that enum and nothing else of the wire.
 */
@AnalyzeClasses(packages = "kz.civicrelay.delivery", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> WIRE_BUT_THE_CHANNEL = JavaClass.Predicates
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "org.apache.avro..",
                    "kz.civicrelay.events..")
            .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(DeliveryChannel.class)));

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat(WIRE_BUT_THE_CHANNEL.or(JavaClass.Predicates.resideInAnyPackage(
                    "kz.civicrelay.platform..", "..application..", "..messaging..", "..web..", "..config..",
                    "..webhook..", "..send..", "..email..")))
            .because("the domain is tested and mutated on its own, and the same fold serves live and restart");

    @ArchTest
    static final ArchRule applicationKnowsNoWire = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat(WIRE_BUT_THE_CHANNEL.or(JavaClass.Predicates.resideInAnyPackage(
                    "..messaging..", "..web..")));

    @ArchTest
    static final ArchRule webGoesThroughTheActs = RelayServiceRules.webGoesThroughTheActs;

    @ArchTest
    static final ArchRule messagingKnowsNoWeb = RelayServiceRules.messagingKnowsNoWeb;

    @ArchTest
    static final ArchRule noListenerBesideTheCore = RelayServiceRules.noListenerBesideTheCore;

    @ArchTest
    static final ArchRule everyPackageIsNullMarked = NullMarkedPackages.rule();
}
