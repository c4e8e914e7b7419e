package kz.civicrelay.platform.testing;

import java.util.List;

import kz.civicrelay.platform.audit.EventFilter;

/** An {@link EventFilter} for tests, a filter at a time: each empty unless set. */
public final class EventFilters {

    private List<String> series = List.of();
    private List<String> forums = List.of();
    private List<String> regions = List.of();
    private List<String> types = List.of();
    private List<String> services = List.of();
    private List<String> actors = List.of();
    private List<String> texts = List.of();

    public static EventFilters filter() {
        return new EventFilters();
    }

    public EventFilters series(String... values) {
        series = List.of(values);
        return this;
    }

    public EventFilters forums(String... values) {
        forums = List.of(values);
        return this;
    }

    public EventFilters regions(String... values) {
        regions = List.of(values);
        return this;
    }

    public EventFilters types(String... values) {
        types = List.of(values);
        return this;
    }

    public EventFilters services(String... values) {
        services = List.of(values);
        return this;
    }

    public EventFilters actors(String... values) {
        actors = List.of(values);
        return this;
    }

    public EventFilters texts(String... values) {
        texts = List.of(values);
        return this;
    }

    public EventFilter build() {
        return new EventFilter(series, forums, regions, types, services, actors, texts);
    }
}
