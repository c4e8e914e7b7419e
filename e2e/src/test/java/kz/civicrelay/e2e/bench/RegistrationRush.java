package kz.civicrelay.e2e.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.civicrelay.reference.Region;
import kz.civicrelay.reference.Regions;

/**
 * The opening rush as clients make it: {@code count} registrations of different people (each their own e-mail address
 * and phone number) to one forum, from {@code clients} concurrent clients, each a JDK {@link HttpClient} of its own on
 * HTTP/1.1 with keep-alive (one connection each), sending its next request as soon as the last was answered. Each
 * request's status, participant id and send and answer times are kept.
 */
final class RegistrationRush {

    /** One request: its status (-1: no answer, {@code error} says why), and when it was sent and answered. */
    record Sample(int index, int status, long sentNanos, long answeredNanos, long sentMillis, long answeredMillis,
            String participantId, String error) {

        long latencyMillis() {
            return Math.round((answeredNanos - sentNanos) / 1e6);
        }
    }

    /** What a run of requests gave: the samples by request number, and when the first request was let go. */
    record Result(List<Sample> samples, long startNanos) {

        /** The 201s, in the order they were answered. */
        List<Sample> acceptedInOrder() {
            return answeredInOrder(201);
        }

        /** The answers of the given status, in the order they were answered. */
        List<Sample> answeredInOrder(int status) {
            return samples.stream().filter(s -> s.status() == status)
                    .sorted(Comparator.comparingLong(Sample::answeredNanos)).toList();
        }

        long count(int status) {
            return samples.stream().filter(s -> s.status() == status).count();
        }
    }

    /** The figures of consecutive answers: how fast they came and how long each waited. */
    record Window(int accepted, double perSecond, Latencies latencies) {
    }

    private static final Pattern PARTICIPANT_ID = Pattern.compile("\"participantId\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> FIRST_NAMES = List.of("Айгүл", "Ержан", "Динара", "Нұрлан", "Сәуле", "Бауыржан",
            "Гүлнар", "Асхат", "Жансая", "Тимур", "Әсел", "Дәурен", "Мадина", "Арман", "Ляззат", "Dana", "Ruslan",
            "Aigerim", "Ольга", "Сергей");
    private static final List<String> SURNAMES = List.of("Серікқызы", "Қасымұлы", "Ахметова", "Жұмабаев", "Төлеуова",
            "Нұрланұлы", "Сейітова", "Омаров", "Бекова", "Иванова", "Abenova", "Karimov", "Мұратқызы", "Есенов",
            "Әбдірахманова", "Петров", "Сапарова", "Қайратұлы", "Ким", "Ли");
    private static final List<String> ORGANISATIONS = List.of("«Шаңырақ» қоғамдық бірлестігі", "Өңірлік азаматтық альянс",
            "Жастар ресурстық орталығы", "«Атамекен» өңірлік палатасы", "Волонтёрское движение «Мейірім»",
            "Embassy partner programme", "Облыстық қоғамдық кеңес", "Independent media group");
    private static final List<String> CATEGORIES = List.of("YOUTH", "NGO", "VOLUNTEER_GROUP", "CIVIL_ALLIANCE", "BUSINESS",
            "MEDIA", "PUBLIC_COUNCIL", "ETHNOCULTURAL_ASSOCIATION");
    private static final List<String> LANGUAGES = List.of("[\"kk\",\"ru\"]", "[\"kk\"]", "[\"ru\"]", "[\"ru\",\"en\"]",
            "[\"kk\",\"ru\",\"en\"]");

    private RegistrationRush() {
    }

    /**
     * Sends {@code count} registrations from {@code clients} clients and returns when each was answered.
     *
     * @param phonePrefix  the operator code of every phone number of this run (e.g. 701), so two runs never share one
     * @param progress     told the number of answers so far after each answer (thread dumps are taken on it)
     */
    static Result run(String url, Supplier<Optional<String>> bearer, String emailPrefix, int phonePrefix, int count,
            int clients, IntConsumer progress) throws InterruptedException {
        return run(url, bearer, i -> body(emailPrefix, phonePrefix, i), count, clients, progress);
    }

    /**
     * Sends {@code count} requests from {@code clients} clients as {@link #run(String, Supplier, String, int, int, int,
     * IntConsumer)} does: request {@code i} POSTs {@code body.apply(i)}, or is a GET where {@code body} is null.
     */
    static Result run(String url, Supplier<Optional<String>> bearer, IntFunction<String> body, int count, int clients,
            IntConsumer progress) throws InterruptedException {
        Sample[] samples = new Sample[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        // The clients' own threads (the JDK client hands response bodies over on its executor): daemons, ended below.
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "rush-http");
            t.setDaemon(true);
            return t;
        });
        for (int c = 0; c < clients; c++) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).executor(executor).build();
            Thread thread = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    samples[i] = send(http, url, bearer, i, body == null ? null : body.apply(i));
                    progress.accept(answered.incrementAndGet());
                }
            }, "rush-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        try {
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            return new Result(Arrays.stream(samples).filter(java.util.Objects::nonNull).toList(), start);
        } finally {
            threads.forEach(Thread::interrupt);
            executor.shutdownNow();
        }
    }

    private static Sample send(HttpClient http, String url, Supplier<Optional<String>> bearer, int index, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        bearer.get().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpRequest built = request.build();
        long sentMillis = System.currentTimeMillis();
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long answered = System.nanoTime();
            long answeredMillis = System.currentTimeMillis();
            Matcher id = PARTICIPANT_ID.matcher(response.body());
            return new Sample(index, response.statusCode(), sent, answered, sentMillis, answeredMillis,
                    id.find() ? id.group(1) : null, response.statusCode() / 100 == 2 ? null : abbreviated(response.body()));
        } catch (IOException | RuntimeException e) {
            return new Sample(index, -1, sent, System.nanoTime(), sentMillis, System.currentTimeMillis(), null,
                    e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(index, -1, sent, System.nanoTime(), sentMillis, System.currentTimeMillis(), null,
                    "interrupted");
        }
    }

    /** Person {@code i} of a run: a name and organisation from short lists, their own e-mail address and phone number. */
    static String body(String emailPrefix, int phonePrefix, int i) {
        List<Region> regions = Regions.all();
        String name = FIRST_NAMES.get(i % FIRST_NAMES.size()) + " " + SURNAMES.get((i / FIRST_NAMES.size()) % SURNAMES.size());
        String organisation = ORGANISATIONS.get(i % ORGANISATIONS.size()) + " №" + (1 + i % 97);
        return "{\"fullName\":\"" + name + "\",\"organisation\":\"" + organisation.replace("\"", "\\\"")
                + "\",\"category\":\"" + CATEGORIES.get(i % CATEGORIES.size()) + "\",\"regionOfOrigin\":\""
                + regions.get(i % regions.size()).code() + "\",\"languages\":" + LANGUAGES.get(i % LANGUAGES.size())
                + ",\"email\":\"" + email(emailPrefix, i) + "\",\"phone\":\"+7 " + phonePrefix + " "
                + String.format("%03d %02d %02d", i / 10_000 % 1000, i / 100 % 100, i % 100) + "\"}";
    }

    static String email(String emailPrefix, int i) {
        return emailPrefix + "-" + i + "@rush.civicrelay.kz";
    }

    /**
     * The window of the 201s {@code from} (inclusive) to {@code to} (exclusive) in answer order: their number over the
     * time from the answer before the window's first (or the start, for the first window) to the window's last
     * answer, and their latencies.
     */
    static Window window(List<Sample> acceptedInOrder, int from, int to, long startNanos) {
        long begin = from == 0 ? startNanos : acceptedInOrder.get(from - 1).answeredNanos();
        long end = acceptedInOrder.get(to - 1).answeredNanos();
        List<Long> latencies = acceptedInOrder.subList(from, to).stream().map(Sample::latencyMillis).toList();
        return new Window(to - from, (to - from) / Math.max(1e-9, (end - begin) / 1e9), Latencies.of(latencies));
    }

    private static String abbreviated(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
