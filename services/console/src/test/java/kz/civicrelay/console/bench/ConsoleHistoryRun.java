package kz.civicrelay.console.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import kz.civicrelay.console.board.EventEntry;
import kz.civicrelay.console.board.RelayBoard;
import kz.civicrelay.console.history.EventIndex;
import kz.civicrelay.console.history.History;
import kz.civicrelay.console.history.RowFilter;
import kz.civicrelay.console.stream.LiveStream;
import kz.civicrelay.console.stream.LogFollower;
import kz.civicrelay.console.stream.LogRecords;
import kz.civicrelay.platform.audit.EventFilter;

/**
 * The console's reading side as the console runs it (its follower, board, index, history and stream, without the web
 * layer), in a JVM of its own (the benchmark starts it with the services' {@code -Xmx256m}): reads the whole log,
 * then asks for the first page, a filtered page, a text search and an event's detail. Prints one line of figures.
 */
public final class ConsoleHistoryRun {

    private ConsoleHistoryRun() {
    }

    public static void main(String[] args) throws Exception {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(args[0]));
        EventIndex index = new EventIndex();
        RelayBoard board = new RelayBoard(index);
        try (LogRecords records = new LogRecords(kafka)) {
            History history = new History(index, records);
            LogFollower follower = new LogFollower(board, history, new LiveStream(100, Duration.ofSeconds(15), index),
                    kafka);
            long started = System.nanoTime();
            follower.start();
            while (!follower.caughtUp()) {
                Thread.sleep(50);
            }
            double caughtUp = seconds(started);
            long firstPageStarted = System.nanoTime();
            History.Page first = history.page(RowFilter.none(), null, 50, UnaryOperator.identity());
            double firstPage = seconds(firstPageStarted);
            long secondStarted = System.nanoTime();
            history.page(RowFilter.none(), first.before(), 50, UnaryOperator.identity());
            double secondPage = seconds(secondStarted);
            long filteredStarted = System.nanoTime();
            History.Page batons = history.page(new RowFilter(new EventFilter(List.of(), List.of(), List.of("KZ-33"),
                    List.of("BatonPassed"), List.of(), List.of(), List.of())), null, 50, UnaryOperator.identity());
            double filtered = seconds(filteredStarted);
            long textStarted = System.nanoTime();
            History.Page text = history.page(new RowFilter(new EventFilter(List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of("Өмірбекова"))), null, 50, UnaryOperator.identity());
            double textSearch = seconds(textStarted);
            EventEntry baton = batons.events().get(0);
            long detailStarted = System.nanoTime();
            int chain = history.detail(baton.eventId()).orElseThrow().caused().size();
            double detail = seconds(detailStarted);
            follower.stop();
            System.gc();
            long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("CONSOLE events=%d caughtUpSeconds=%.2f firstPageMs=%.1f secondPageMs=%.1f "
                    + "filteredPageMs=%.1f filteredEvents=%d textPageMs=%.1f textFound=%d textSearched=%d detailMs=%.1f "
                    + "caused=%d heapAfterGcMb=%.1f maxHeapMb=%.1f%n", first.total(), caughtUp, firstPage * 1000,
                    secondPage * 1000, filtered * 1000, batons.events().size(), textSearch * 1000, text.events().size(),
                    text.searched(), detail * 1000, chain, heapAfterGc / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
