package kz.civicrelay.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules every relay service keeps, in one place. A service's {@code ArchitectureTest}
 * takes them all with {@code @ArchTest static final ArchTests relay = ArchTests.in(RelayServiceRules.class);}
 * under its {@code @AnalyzeClasses(packages = "kz.civicrelay.<service>", importOptions = DoNotIncludeTests)}.
 * Packages by role: {@code domain} (the plain-Java state, decisions and fold), {@code application} (the acts,
 * over the service core), {@code messaging} (codec and upstream mapping), {@code web}, {@code config}, and
 * {@code metrics} (its meters, told of committed events).
 */
public final class RelayServiceRules {

    private RelayServiceRules() {
    }

    /** The domain is plain Java: it knows no framework, no wire format, no platform, no other layer. */
    @ArchTest
    public static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "org.apache.avro..", "kz.civicrelay.events..", "kz.civicrelay.platform..", "..application..",
                    "..messaging..", "..web..", "..config..")
            .because("the domain is tested and mutated on its own, and the same fold serves live, restart and audit");

    /** The acts use the service core and the domain, never Kafka, Avro or Spring directly. */
    @ArchTest
    public static final ArchRule applicationKnowsNoWire = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "org.apache.avro..", "kz.civicrelay.events..", "..messaging..", "..web..")
            .because("what goes on the wire is the codec's business; the core publishes");

    /** The web layer goes through the acts; it never writes events itself. */
    @ArchTest
    public static final ArchRule webGoesThroughTheActs = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("..messaging..", "org.apache.kafka..",
                    "org.springframework.kafka..")
            .because("a request passes controller, act, core; nothing else appends to the log");

    /** The codec and the upstream mapping know nothing of the web. */
    @ArchTest
    public static final ArchRule messagingKnowsNoWeb = noClasses().that().resideInAPackage("..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "org.springframework.web..");

    /** A service's meters only watch: they read what the core tells them, and write nothing to the log. */
    @ArchTest
    public static final ArchRule metersOnlyWatch = noClasses().that().resideInAPackage("..metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "org.apache.kafka..",
                    "org.springframework.kafka..", "org.apache.avro..")
            .because("metrics are told of committed events (ServiceCore.onCommitted); they never decide or append")
            .allowEmptyShould(true); // a service may have no meters of its own (resolution, the console)

    /** The core owns the listener: a service declares none of its own. */
    @ArchTest
    public static final ArchRule noListenerBesideTheCore = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.springframework.kafka.annotation..")
            .because("the service core runs the one listener, on the active instance only (decision 0014)");

    /** Every package is covered by the compile-time null check. */
    @ArchTest
    public static final ArchRule everyPackageIsNullMarked = NullMarkedPackages.rule();
}
