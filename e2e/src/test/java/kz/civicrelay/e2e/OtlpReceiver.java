package kz.civicrelay.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;

/**
 * An OTLP/HTTP trace receiver in the test JVM, the spans of the services' own processes kept in memory as they
 * export them ({@code POST /v1/traces}, protobuf): what an OpenTelemetry Collector would receive.
 */
final class OtlpReceiver implements AutoCloseable {

    /** One span as received: its service, ids, name, kind, and every attribute (the resource's too) as text. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, String kind,
            java.util.Map<String, String> attributes) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    OtlpReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                keep(ExportTraceServiceRequest.parseFrom(body));
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
            } catch (IOException | RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** What a service is given to export here: {@code management.opentelemetry.tracing.export.otlp.endpoint}, soon. */
    List<String> serviceArgs() {
        return List.of("--management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:"
                + server.getAddress().getPort() + "/v1/traces",
                "--management.opentelemetry.tracing.export.schedule-delay=200ms");
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    private void keep(ExportTraceServiceRequest request) {
        HexFormat hex = HexFormat.of();
        for (var resourceSpans : request.getResourceSpansList()) {
            var resource = new java.util.LinkedHashMap<String, String>();
            resourceSpans.getResource().getAttributesList().forEach(a -> resource.put(a.getKey(), text(a)));
            String service = resource.getOrDefault("service.name", "");
            for (var scopeSpans : resourceSpans.getScopeSpansList()) {
                for (var span : scopeSpans.getSpansList()) {
                    var attributes = new java.util.LinkedHashMap<>(resource);
                    span.getAttributesList().forEach(a -> attributes.put(a.getKey(), text(a)));
                    span.getEventsList().forEach(event -> event.getAttributesList()
                            .forEach(a -> attributes.put("event." + event.getName() + "." + a.getKey(), text(a))));
                    spans.add(new ReceivedSpan(service, hex.formatHex(span.getTraceId().toByteArray()),
                            hex.formatHex(span.getSpanId().toByteArray()),
                            hex.formatHex(span.getParentSpanId().toByteArray()), span.getName(), span.getKind().name(),
                            attributes));
                }
            }
        }
    }

    private static String text(KeyValue attribute) {
        AnyValue value = attribute.getValue();
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> String.valueOf(value.getBoolValue());
            case INT_VALUE -> String.valueOf(value.getIntValue());
            case DOUBLE_VALUE -> String.valueOf(value.getDoubleValue());
            default -> value.toString();
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
