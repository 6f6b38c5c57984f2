package io.cloudgate.cloudwatch.metrics.embedded;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.cloudwatch.metrics.Distribution;
import io.cloudgate.cloudwatch.metrics.StatisticSet;
import io.cloudgate.store.Document;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Slot documents as a compact JSON array, {@code [start, unit, count, sum, min, max]} followed by
 * {@code [values], [counts]} when the slot has a distribution, whole numbers without a fraction. A query decodes
 * every slot it covers, so this is streamed by hand rather than data-bound; slots stored as objects by earlier
 * versions are still read.
 */
final class SlotCodec {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    /** Whole numbers up to this magnitude are written without a fraction: shorter to store, faster to parse. */
    private static final double LARGEST_WRITTEN_AS_INTEGER = 1e15;
    private static final ObjectMapper OBJECTS = new ObjectMapper();

    StoredSlot read(Document document) {
        try (JsonParser parser = JSON.createParser(document.json())) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                return OBJECTS.readValue(document.json(), StoredSlot.class);
            }
            expect(first, JsonToken.START_ARRAY);
            expect(parser.nextToken(), JsonToken.VALUE_NUMBER_INT);
            long start = parser.getLongValue();
            expect(parser.nextToken(), JsonToken.VALUE_STRING);
            String unit = parser.getText();
            StatisticSet statistics = new StatisticSet(number(parser), number(parser), number(parser), number(parser));
            Distribution distribution = null;
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                List<Double> values = numbers(parser);
                expect(parser.nextToken(), JsonToken.START_ARRAY);
                distribution = new Distribution(values, numbers(parser));
                parser.nextToken();
            }
            expect(parser.currentToken(), JsonToken.END_ARRAY);
            return new StoredSlot(start, unit, statistics, distribution);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Corrupt metric slot " + document.partition() + " " + document.key(), e);
        }
    }

    String write(StoredSlot slot) {
        StringWriter text = new StringWriter(64);
        try (JsonGenerator generator = JSON.createGenerator(text)) {
            generator.writeStartArray();
            generator.writeNumber(slot.start());
            generator.writeString(slot.unit());
            StatisticSet statistics = slot.statistics();
            writeNumber(generator, statistics.sampleCount());
            writeNumber(generator, statistics.sum());
            writeNumber(generator, statistics.minimum());
            writeNumber(generator, statistics.maximum());
            if (slot.distribution() != null) {
                writeNumbers(generator, slot.distribution().values());
                writeNumbers(generator, slot.distribution().counts());
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeNumbers(JsonGenerator generator, List<Double> numbers) throws IOException {
        generator.writeStartArray();
        for (double number : numbers) {
            writeNumber(generator, number);
        }
        generator.writeEndArray();
    }

    private static void writeNumber(JsonGenerator generator, double number) throws IOException {
        boolean negativeZero = number == 0 && Double.doubleToRawLongBits(number) != 0;
        if (number == Math.rint(number) && Math.abs(number) <= LARGEST_WRITTEN_AS_INTEGER && !negativeZero) {
            generator.writeNumber((long) number);
        } else {
            generator.writeNumber(number);
        }
    }

    private static List<Double> numbers(JsonParser parser) throws IOException {
        List<Double> numbers = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            numbers.add(value(parser, token));
        }
        return numbers;
    }

    private static double number(JsonParser parser) throws IOException {
        return value(parser, parser.nextToken());
    }

    /** A number; infinite sums are written as quoted "Infinity", as Jackson writes non-finite doubles. */
    private static double value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_STRING -> Double.parseDouble(parser.getText());
            case null, default -> throw new IOException("expected a number, found " + token);
        };
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + ", found " + actual);
        }
    }
}
